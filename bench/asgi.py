"""
ASGI applications of the baselines, run by daphne like the portal:

- ``bench.asgi:plain``: Django answering with stored bytes (no page cache);
- ``bench.asgi:groups``: the Channels tutorial's way of a live count;
- ``bench.asgi:database``: django-channels-presence's way, re-implemented.
"""

import os

from channels.routing import ProtocolTypeRouter, URLRouter
from channels.security.websocket import AllowedHostsOriginValidator
from django.core.asgi import get_asgi_application
from django.urls import path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

django_asgi_app = get_asgi_application()

from bench.baselines import consumers  # noqa: E402


def _with_socket(consumer):
    return ProtocolTypeRouter(
        {
            "http": django_asgi_app,
            "websocket": AllowedHostsOriginValidator(
                URLRouter([path("ws/presence/", consumer.as_asgi())])
            ),
        }
    )


plain = ProtocolTypeRouter({"http": django_asgi_app})
groups = _with_socket(consumers.GroupsConsumer)
database = _with_socket(consumers.DatabaseConsumer)
