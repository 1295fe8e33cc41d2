import json
import time

import pytest
from channels.testing import WebsocketCommunicator

from presence.routing import websocket_application
from presence.security import SiteOriginValidator
from presence.tracker import get_tracker

V1 = "1" * 32
V2 = "2" * 32
V3 = "3" * 32

pytestmark = pytest.mark.usefixtures("fresh_tracker")


@pytest.fixture(autouse=True)
def presence_settings(settings):
    settings.ALLOWED_HOSTS = ["testserver", "portal.example"]
    settings.SITE_URL = "http://testserver"
    settings.CSRF_TRUSTED_ORIGINS = []
    settings.PRESENCE_ALLOWED_ORIGINS = ["https://portal.example"]
    settings.PRESENCE_STORE = {"BACKEND": "presence.stores.InMemoryStore"}
    settings.PRESENCE_TTL = 30
    # Push every tick, so tests wait one second, not two.
    settings.PRESENCE_PUSH_INTERVAL = 0
    settings.PRESENCE_MAX_CONNECTIONS_PER_IP = 256
    settings.PRESENCE_MAX_VISITORS_PER_IP = 128
    settings.PRESENCE_TRUSTED_PROXIES = []
    # Every well-formed path is a page here; test_pages.py tests the rule.
    settings.PRESENCE_PAGE_VALIDATOR = None


def open_socket(
    visitor=V1,
    page="/x/",
    *,
    query=None,
    client=("203.0.113.1", 50000),
    origin=b"http://testserver",
    headers=(),
    server=None,
):
    application = SiteOriginValidator(websocket_application())
    if query is None:
        query = f"visitor={visitor}&page={page}"
    all_headers = [(b"origin", origin)] if origin else []
    communicator = WebsocketCommunicator(
        application, f"/ws/presence/?{query}", headers=all_headers + list(headers)
    )
    communicator.scope["client"] = list(client) if client else None
    if server is not None:
        communicator.scope["server"] = list(server)
    return communicator


async def connected(*args, **kwargs):
    """Open a socket and return it with its first frame."""
    communicator = open_socket(*args, **kwargs)
    accepted, _ = await communicator.connect(timeout=10)
    assert accepted
    return communicator, await communicator.receive_json_from(timeout=10)


async def frame_until(communicator, online, page, timeout=10):
    """Read frames until one carries these numbers."""
    deadline = time.monotonic() + timeout
    frame = None
    while time.monotonic() < deadline:
        frame = await communicator.receive_json_from(
            timeout=max(deadline - time.monotonic(), 0.1)
        )
        if frame == {"type": "presence", "online": online, "page": page}:
            return frame
    raise AssertionError(f"last frame {frame}, wanted online={online} page={page}")


async def assert_refused(communicator, code):
    """The server sends an error frame a person can read, then closes."""
    frame = await communicator.receive_json_from(timeout=10)
    assert frame["type"] == "error"
    assert frame["code"] == code
    assert isinstance(frame["message"], str) and len(frame["message"]) > 10
    closed = await communicator.receive_output(timeout=10)
    assert closed == {"type": "websocket.close", "code": code}


async def test_first_frame_right_after_the_handshake():
    """The numbers come at once, counting the new socket."""
    socket, frame = await connected()
    assert frame == {"type": "presence", "online": 1, "page": 1}
    await socket.disconnect()


async def test_three_tabs_count_once():
    """Three sockets of one visitor id count as one visitor."""
    tabs = [(await connected(V1, "/x/"))[0] for _ in range(2)]
    third, frame = await connected(V1, "/x/")
    assert frame == {"type": "presence", "online": 1, "page": 1}
    other, frame = await connected(V2, "/y/")
    assert frame == {"type": "presence", "online": 2, "page": 1}
    await frame_until(third, online=2, page=1)
    # Closing two of the three tabs leaves the visitor counted: the numbers
    # do not change, so no frame is sent.
    for tab in tabs:
        await tab.disconnect()
    assert await third.receive_nothing(timeout=1.5)
    await third.disconnect()
    await frame_until(other, online=1, page=1)
    await other.disconnect()


async def test_close_updates_the_others():
    """A clean close shows on the other sockets."""
    first, _ = await connected(V1, "/x/")
    second, frame = await connected(V2, "/x/")
    assert frame == {"type": "presence", "online": 2, "page": 2}
    await frame_until(first, online=2, page=2)
    await second.disconnect()
    await frame_until(first, online=1, page=1)
    await first.disconnect()


async def test_page_move():
    """A page message moves the socket: its page count follows."""
    reader, _ = await connected(V1, "/x/")
    mover, frame = await connected(V2, "/y/")
    assert frame == {"type": "presence", "online": 2, "page": 1}
    await mover.send_to(text_data=json.dumps({"type": "page", "page": "/x/"}))
    await frame_until(mover, online=2, page=2)
    await frame_until(reader, online=2, page=2)
    tracker = get_tracker()
    assert tracker.local.readers("/x/") == 2 and tracker.local.readers("/y/") == 0
    await mover.disconnect()
    await reader.disconnect()


@pytest.mark.parametrize(
    "query",
    [
        "page=/x/",
        f"visitor={V1}",
        "visitor=nothex&page=/x/",
        f"visitor={V1}&page=x/",
        f"visitor={V1}&page=https://evil.example/x/",
        f"visitor={V1}&page=//evil.example/x/",
        f"visitor={V1}&page=/" + "a" * 1000,
    ],
)
async def test_handshake_refusals(query):
    """A bad or missing visitor id or page: accepted, then closed with 4400."""
    witness, _ = await connected(V2, "/x/")
    communicator = open_socket(query=query)
    accepted, _ = await communicator.connect(timeout=10)
    assert accepted
    await assert_refused(communicator, 4400)
    # Nobody else's count changed.
    tracker = get_tracker()
    assert len(tracker.sockets) == 1 and len(tracker.local) == 1
    assert (await tracker.store.counts(["/x/"])) == (1, {"/x/": 1})
    await witness.disconnect()


async def handshake(**kwargs):
    communicator = open_socket(**kwargs)
    accepted, _ = await communicator.connect(timeout=10)
    if accepted:
        await communicator.disconnect()
    return accepted


@pytest.mark.parametrize(
    "origin",
    [
        b"http://evil.example",
        # An allowed host on another port or scheme is another origin
        # (issue 12, finding 13: http://localhost:3000 connected).
        b"http://testserver:3000",
        b"https://testserver",
        b"http://portal.example",
        b"https://portal.example:8443",
        b"http://testserver.evil.example",
        b"null",
        b"http://testserver/path",
        None,
    ],
)
async def test_foreign_origin_is_refused_at_the_handshake(origin):
    """An Origin that is not the site's own never reaches the consumer."""
    assert not await handshake(origin=origin)
    assert not get_tracker().sockets


@pytest.mark.parametrize(
    "origin", [b"http://testserver", b"http://TestServer:80", b"https://portal.example"]
)
async def test_the_site_s_own_origins_are_accepted(origin):
    assert await handshake(origin=origin)


async def test_csrf_trusted_origins_are_the_site_s_too(settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://*.portal.example"]
    assert await handshake(origin=b"https://live.portal.example")
    assert not await handshake(origin=b"http://live.portal.example")


async def test_the_development_server_s_own_origin(settings):
    """`make run`: the browser's origin is the dev server's, on its port."""
    settings.SITE_URL = "https://news.example.com"
    server = ("127.0.0.1", 8123)
    settings.DEBUG = True
    for origin in (b"http://127.0.0.1:8123", b"http://localhost:8123"):
        assert await handshake(origin=origin, server=server)
    assert not await handshake(origin=b"http://localhost:3000", server=server)
    settings.DEBUG = False
    assert not await handshake(origin=b"http://localhost:8123", server=server)


@pytest.mark.parametrize(
    "message,code",
    [
        ({"text_data": "not json"}, 4400),
        ({"bytes_data": b"\x01\x02"}, 4400),
        ({"text_data": json.dumps({"type": "hello"})}, 4400),
        ({"text_data": json.dumps({"type": "page", "page": "nope"})}, 4400),
        ({"text_data": json.dumps({"type": "page", "page": "/" + "a" * 1100})}, 4413),
    ],
)
async def test_message_refusals(message, code):
    """A wrong message closes its socket with the contract's code only."""
    witness, _ = await connected(V2, "/x/")
    socket, _ = await connected(V1, "/x/")
    await frame_until(witness, online=2, page=2)
    await socket.send_to(**message)
    await assert_refused(socket, code)
    await frame_until(witness, online=1, page=1)
    await witness.disconnect()


async def test_too_many_connections_from_one_address(settings):
    """Past the per-address socket limit, new sockets close with 4429."""
    settings.PRESENCE_MAX_CONNECTIONS_PER_IP = 2
    sockets = [(await connected(V1, "/x/"))[0] for _ in range(2)]
    refused = open_socket(V2, "/x/")
    assert (await refused.connect(timeout=10))[0]
    await assert_refused(refused, 4429)
    # Another address is not affected.
    other, frame = await connected(V3, "/x/", client=("203.0.113.2", 1))
    assert frame == {"type": "presence", "online": 2, "page": 2}
    # A closed socket frees its place.
    await sockets[0].disconnect()
    again, _ = await connected(V2, "/x/")
    for communicator in (sockets[1], other, again):
        await communicator.disconnect()


async def test_visitors_over_the_address_limit_are_served_not_counted(settings):
    """Readers behind one address past the limit see numbers, add nothing."""
    settings.PRESENCE_MAX_VISITORS_PER_IP = 2
    first, _ = await connected(V1, "/x/")
    second, frame = await connected(V2, "/x/")
    assert frame["online"] == 2
    third, frame = await connected(V3, "/x/")
    assert frame == {"type": "presence", "online": 2, "page": 2}
    # A second tab of a counted visitor is still that visitor.
    tab, frame = await connected(V1, "/x/")
    assert frame == {"type": "presence", "online": 2, "page": 2}
    await frame_until(first, online=2, page=2)
    # The uncounted socket leaving changes nothing; a counted one does.
    await third.disconnect()
    await second.disconnect()
    await frame_until(first, online=1, page=1)
    for communicator in (first, tab):
        await communicator.disconnect()


async def test_trusted_proxy_forwarded_address(settings):
    """Behind a trusted proxy the limits apply to the forwarded address."""
    settings.PRESENCE_MAX_CONNECTIONS_PER_IP = 1
    settings.PRESENCE_TRUSTED_PROXIES = ["10.0.0.0/8"]
    proxy = ("10.1.2.3", 4000)

    def forwarded(address):
        return [(b"x-forwarded-for", f"198.51.100.200, {address}".encode())]

    one, _ = await connected(V1, client=proxy, headers=forwarded("198.51.100.1"))
    two, frame = await connected(V2, client=proxy, headers=forwarded("198.51.100.2"))
    assert frame["online"] == 2
    same = open_socket(V3, client=proxy, headers=forwarded("198.51.100.2"))
    assert (await same.connect(timeout=10))[0]
    await assert_refused(same, 4429)
    # An untrusted peer cannot pick its address with the header.
    direct, _ = await connected(
        V3, client=("203.0.113.9", 1), headers=forwarded("198.51.100.3")
    )
    spoof = open_socket(
        V3, client=("203.0.113.9", 2), headers=forwarded("198.51.100.4")
    )
    assert (await spoof.connect(timeout=10))[0]
    await assert_refused(spoof, 4429)
    for communicator in (one, two, direct):
        await communicator.disconnect()


async def test_store_unavailable_closes_with_4503(settings):
    """When the store cannot count, the socket closes with 4503."""
    from .conftest import PRIVATE_REDIS_PORTS, free_port

    port = free_port(PRIVATE_REDIS_PORTS)
    settings.PRESENCE_STORE = {
        "BACKEND": "presence.stores.RedisStore",
        "OPTIONS": {"url": f"redis://127.0.0.1:{port}/0"},
    }
    communicator = open_socket()
    assert (await communicator.connect(timeout=10))[0]
    frame = await communicator.receive_json_from(timeout=10)
    assert frame["type"] == "error" and frame["code"] == 4503
    closed = await communicator.receive_output(timeout=10)
    assert closed == {"type": "websocket.close", "code": 4503}
    assert not get_tracker().sockets


async def test_other_websocket_paths_still_go_through_urlrouter():
    """The presence socket skips URLRouter's scope copy; other routes do not."""
    from channels.generic.websocket import AsyncWebsocketConsumer
    from django.urls import path

    from presence.routing import websocket_urlpatterns

    class Echo(AsyncWebsocketConsumer):
        async def connect(self):
            await self.accept()
            await self.send(text_data=self.scope["url_route"]["kwargs"]["room"])

    application = SiteOriginValidator(
        websocket_application(
            [*websocket_urlpatterns, path("ws/desk/<room>/", Echo.as_asgi())]
        )
    )
    desk = WebsocketCommunicator(
        application, "/ws/desk/front/", headers=[(b"origin", b"http://testserver")]
    )
    accepted, _ = await desk.connect(timeout=10)
    assert accepted
    assert await desk.receive_from(timeout=5) == "front"
    await desk.disconnect()
    presence, frame = await connected(V1, "/x/")
    assert frame["type"] == "presence"
    assert "url_route" not in next(iter(get_tracker().sockets)).scope
    await presence.disconnect()
