"""
The plain Django view's WSGI application (``bench.wsgi:plain``), run by
gunicorn like the portal: stored page bytes through Django, no page cache.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

plain = get_wsgi_application()
