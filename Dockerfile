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
# The whole tree (.dockerignore leaves out environments and run-time
# files): pyproject.toml's find rule installs every app, so a new app needs
# no line here (a list of COPY lines once left the page cache out).
COPY . .
RUN pip install --no-cache-dir -c constraints.txt .

USER portal
CMD ["daphne", "--help"]
