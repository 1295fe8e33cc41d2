"""
ASGI entry point, run by daphne: HTTP through the page cache to Django,
and the live counter's socket.
"""

import os

from channels.routing import ProtocolTypeRouter
from django.core.asgi import get_asgi_application

from pagecache.asgi import PageCacheMiddleware

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

# Django must be set up before anything imports models or consumers.
django_asgi_app = get_asgi_application()

import desk.routing  # noqa: E402
import presence.routing  # noqa: E402
from presence.security import SiteOriginValidator  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": PageCacheMiddleware(django_asgi_app),
        # An Origin that is not the site's own (scheme, host and port) is
        # refused at the handshake.
        "websocket": SiteOriginValidator(
            presence.routing.websocket_application(
                presence.routing.websocket_urlpatterns
                + desk.routing.websocket_urlpatterns
            )
        ),
    }
)
