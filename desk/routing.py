from channels.auth import AuthMiddlewareStack
from django.urls import path

from .consumers import DeskConsumer

websocket_urlpatterns = [
    # The admin's session decides who this is; only staff are served.
    path("ws/desk/", AuthMiddlewareStack(DeskConsumer.as_asgi())),
]
