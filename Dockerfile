# The portal's application image: daphne (and manage.py) on Python 3.11.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=portal.settings

# openssl makes the self-signed certificate for nginx on first start.
RUN apt-get update \
    && apt-get install -y --no-install-recommends openssl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 portal

WORKDIR /app
COPY pyproject.toml constraints.txt ./
COPY portal portal
COPY articles articles
COPY search search
COPY metadata metadata
COPY demo demo
COPY presence presence
COPY ops ops
RUN pip install --no-cache-dir -c constraints.txt .
COPY . .

USER portal
CMD ["daphne", "--help"]
