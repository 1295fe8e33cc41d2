"""ASGI entry point: HTTP through the page cache to Django, run by daphne."""

import os

from channels.routing import ProtocolTypeRouter
from django.core.asgi import get_asgi_application

from pagecache.asgi import PageCacheMiddleware

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

# Django must be set up before anything imports models or consumers.
django_asgi_app = get_asgi_application()

application = ProtocolTypeRouter({"http": PageCacheMiddleware(django_asgi_app)})
