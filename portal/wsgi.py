"""
WSGI entry point, run by gunicorn's sync workers in the real stack (every
request but the live counter's socket, which goes to daphne): HTTP through
the page cache (the WSGI twin of the ASGI layer, same backends) to Django.
"""

import os

from django.core.wsgi import get_wsgi_application

from ops.proxy import UnixSocketProxyHeaders
from pagecache.wsgi import PageCacheMiddleware

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

application = UnixSocketProxyHeaders(PageCacheMiddleware(get_wsgi_application()))
