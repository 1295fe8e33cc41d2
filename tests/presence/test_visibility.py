"""The reader socket's additions for the live desk: visibility and ref."""

import json

import pytest
from channels.routing import URLRouter
from channels.security.websocket import AllowedHostsOriginValidator
from channels.testing import WebsocketCommunicator

from presence.routing import websocket_urlpatterns
from presence.stores import get_store

from .conftest import eventually

V1, V2 = "1" * 32, "2" * 32

pytestmark = pytest.mark.usefixtures("fresh_tracker")


@pytest.fixture(autouse=True)
def presence_settings(settings):
    settings.ALLOWED_HOSTS = ["testserver", "portal.example"]
    settings.PRESENCE_STORE = {"BACKEND": "presence.stores.InMemoryStore"}
    settings.PRESENCE_TTL = 30
    settings.PRESENCE_PUSH_INTERVAL = 0
    settings.PRESENCE_MAX_CONNECTIONS_PER_IP = 256
    settings.PRESENCE_MAX_VISITORS_PER_IP = 128
    settings.PRESENCE_TRUSTED_PROXIES = []
    # Every well-formed path is a page here; test_pages.py tests the rule.
    settings.PRESENCE_PAGE_VALIDATOR = None


async def connected(visitor=V1, page="/x/", extra="", address="203.0.113.1"):
    application = AllowedHostsOriginValidator(URLRouter(websocket_urlpatterns))
    communicator = WebsocketCommunicator(
        application,
        f"/ws/presence/?visitor={visitor}&page={page}{extra}",
        headers=[(b"origin", b"http://testserver"), (b"host", b"testserver")],
    )
    communicator.scope["client"] = [address, 50000]
    accepted, _ = await communicator.connect(timeout=10)
    assert accepted
    frame = await communicator.receive_json_from(timeout=10)
    assert frame["type"] == "presence", frame
    return communicator


async def engaged(pages=("/x/",)):
    return await get_store().engaged.counts(pages)


async def sources():
    return (await get_store().snapshot()).sources


async def closed_with(communicator):
    """Read up to the close; return (last error frame, close code)."""
    error = None
    while True:
        output = await communicator.receive_output(timeout=10)
        if output["type"] == "websocket.close":
            return error, output["code"]
        frame = json.loads(output["text"])
        if frame["type"] == "error":
            error = frame


def visibility(visible):
    return json.dumps({"type": "visibility", "visible": visible})


async def test_a_socket_starts_engaged_and_follows_its_tab():
    """Visible on connect; hidden and visible again change engaged."""
    reader = await connected()
    await eventually(lambda: _equals(engaged(), (1, {"/x/": 1})))
    await reader.send_to(text_data=visibility(False))
    await eventually(lambda: _equals(engaged(), (0, {"/x/": 0})))
    # The count itself is unchanged: a hidden tab is still online.
    assert (await get_store().counts(["/x/"])) == (1, {"/x/": 1})
    await _wait(1.05)
    await reader.send_to(text_data=visibility(True))
    await eventually(lambda: _equals(engaged(), (1, {"/x/": 1})))
    await reader.disconnect()
    await eventually(lambda: _equals(engaged(), (0, {"/x/": 0})))


async def test_one_visible_tab_keeps_a_visitor_engaged():
    """Engaged counts visitors with at least one visible tab."""
    first = await connected()
    second = await connected()
    await second.send_to(text_data=visibility(False))
    await _wait(0.3)
    assert await engaged() == (1, {"/x/": 1})
    await first.send_to(text_data=visibility(False))
    await eventually(lambda: _equals(engaged(), (0, {"/x/": 0})))
    await first.disconnect()
    await second.disconnect()


async def test_a_page_move_moves_the_engaged_read():
    """A visible socket that moves is engaged on its new page."""
    reader = await connected()
    await reader.send_to(text_data=json.dumps({"type": "page", "page": "/y/"}))
    await eventually(
        lambda: _equals(engaged(["/x/", "/y/"]), (1, {"/x/": 0, "/y/": 1}))
    )
    await reader.disconnect()


@pytest.mark.parametrize(
    "message",
    [
        {"type": "visibility"},
        {"type": "visibility", "visible": "false"},
        {"type": "visibility", "visible": None},
        {"type": "visibility", "visible": True, "page": "/y/"},
        {"type": "visible", "visible": True},
    ],
)
async def test_malformed_visibility_closes_with_4400(message):
    """Malformed visibility messages close with 4400 and a readable frame."""
    reader = await connected()
    await reader.send_to(text_data=json.dumps(message))
    error, code = await closed_with(reader)
    assert code == 4400 and error["code"] == 4400 and len(error["message"]) > 10
    await eventually(lambda: _equals(get_store().counts(), (0, {})))


async def test_visibility_floods_close_with_4429():
    """A second visibility message within a second closes with 4429."""
    reader = await connected()
    await reader.send_to(text_data=visibility(False))
    await reader.send_to(text_data=visibility(True))
    error, code = await closed_with(reader)
    assert (code, error["code"]) == (4429, 4429)
    assert "visibility" in error["message"]
    await eventually(lambda: _equals(get_store().counts(), (0, {})))


@pytest.mark.parametrize(
    ("ref", "kind"),
    [
        ("www.google.com", "search"),
        ("l.facebook.com", "social"),
        ("", "direct"),
        ("example.org", "other"),
        ("testserver", "internal"),
    ],
)
async def test_ref_sorts_the_page_view(ref, kind):
    """ref=<host> counts the page view under its kind."""
    reader = await connected(extra=f"&ref={ref}")
    await eventually(lambda: _kind_is(kind))
    await reader.disconnect()


@pytest.mark.parametrize("ref", ["a" * 256, "http%3A%2F%2Fevil.example%2F", "[::1]"])
async def test_a_bad_ref_is_ignored_not_fatal(ref):
    """A bad ref: the socket is served and counted, no source recorded."""
    reader = await connected(extra=f"&ref={ref}")
    await eventually(lambda: _equals(get_store().counts(["/x/"]), (1, {"/x/": 1})))
    await _wait(0.3)
    assert sum((await sources()).values()) == 0
    await reader.disconnect()


async def test_no_ref_is_no_page_view_counted():
    """Without ref (a reconnect) no source is counted."""
    reader = await connected()
    await _wait(0.3)
    assert sum((await sources()).values()) == 0
    await reader.disconnect()


async def test_engaged_and_sources_obey_the_per_address_limit(settings):
    """Visitors beyond the per-address limit add to neither."""
    settings.PRESENCE_MAX_VISITORS_PER_IP = 1
    first = await connected(V1, extra="&ref=t.co")
    second = await connected(V2, extra="&ref=t.co")
    await eventually(lambda: _equals(engaged(), (1, {"/x/": 1})))
    await _wait(0.3)
    assert (await sources())["social"] == 1
    await first.disconnect()
    await second.disconnect()


async def _equals(awaitable, expected):
    return await awaitable == expected


async def _kind_is(kind):
    found = await sources()
    return found[kind] == 1 and sum(found.values()) == 1


async def _wait(seconds):
    import asyncio

    await asyncio.sleep(seconds)
