from channels.routing import URLRouter
from django.urls import path

from .consumers import PresenceConsumer

websocket_urlpatterns = [
    path("ws/presence/", PresenceConsumer.as_asgi()),
]

PRESENCE_PATH = "/ws/presence/"


def websocket_application(patterns=None):
    """
    The websocket application: the live counter's socket, then ``patterns``.

    URLRouter copies each socket's scope (and adds ``url_route``), which
    every idle socket keeps for its whole life: about 1.7 KB per socket
    (DESIGN.md, memory per idle socket). The presence socket needs neither,
    so its path goes straight to the consumer; any other path (``patterns``,
    by default ``websocket_urlpatterns``) goes through URLRouter as usual.
    """
    router = URLRouter(websocket_urlpatterns if patterns is None else patterns)

    async def application(scope, receive, send):
        if scope["path"] == PRESENCE_PATH and not scope.get("root_path"):
            return await PresenceConsumer()(scope, receive, send)
        return await router(scope, receive, send)

    return application
