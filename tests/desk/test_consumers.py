"""The desk's socket: staff only, origin-checked, one summary per process."""

import asyncio
import json

import pytest
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.security.websocket import AllowedHostsOriginValidator
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.db import connections
from django.test import Client

from desk import hub as hub_module
from desk.routing import websocket_urlpatterns
from presence.stores import get_store
from tests.factories import UserFactory

from .conftest import V1, V2

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
async def fresh_hub():
    hub_module.reset()
    yield
    hub_module.reset()
    # The session lookups and page names ran in Channels' database thread:
    # close its connection, or the test database cannot be dropped.
    await database_sync_to_async(connections.close_all)()


@database_sync_to_async
def session_cookie(**user_fields):
    client = Client()
    client.force_login(UserFactory(**user_fields))
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def desk_socket(cookie=None, origin=b"http://testserver"):
    application = AllowedHostsOriginValidator(URLRouter(websocket_urlpatterns))
    headers = [(b"origin", origin)] if origin else []
    if cookie:
        headers.append((b"cookie", f"sessionid={cookie}".encode()))
    return WebsocketCommunicator(application, "/ws/desk/", headers=headers)


async def refused_with(communicator):
    accepted, _ = await communicator.connect(timeout=10)
    assert accepted
    frame = await communicator.receive_json_from(timeout=10)
    closed = await communicator.receive_output(timeout=10)
    assert closed["type"] == "websocket.close"
    return frame, closed["code"]


async def frame_of_type(communicator, kind, timeout=10):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        frame = await communicator.receive_json_from(
            timeout=max(deadline - loop.time(), 0.1)
        )
        if frame["type"] == kind:
            return frame


async def test_anonymous_is_refused_with_4403():
    """No session: an error frame a person can read, then 4403."""
    frame, code = await refused_with(desk_socket())
    assert code == 4403
    assert frame["type"] == "error" and frame["code"] == 4403
    assert "staff" in frame["message"]


async def test_non_staff_is_refused_with_4403():
    """A logged-in reader who is not staff is refused the same way."""
    cookie = await session_cookie(username="reader", is_staff=False)
    frame, code = await refused_with(desk_socket(cookie))
    assert (frame["code"], code) == (4403, 4403)


@pytest.mark.parametrize("origin", [b"http://evil.example", None])
async def test_a_foreign_or_missing_origin_is_refused_at_the_handshake(origin):
    """Another site's page cannot use an editor's session (no accept)."""
    cookie = await session_cookie(username="desk-editor")
    accepted, _ = await desk_socket(cookie, origin=origin).connect(timeout=10)
    assert not accepted


async def test_staff_get_the_desk_and_their_pages():
    """Staff get a desk frame a second, and their watched pages' numbers."""
    store = get_store()
    await store.update("p1", joined=[V1, V2], reads_joined=[(V1, "/a/"), (V2, "/b/")])
    await store.engaged.update("p1", joined=[V1], reads_joined=[(V1, "/a/")])
    cookie = await session_cookie(username="desk-editor")
    communicator = desk_socket(cookie)
    accepted, _ = await communicator.connect(timeout=10)
    assert accepted
    frame = await frame_of_type(communicator, "desk")
    assert (frame["online"], frame["engaged"]) == (2, 1)
    assert {p["path"] for p in frame["pages"]} == {"/a/", "/b/"}
    assert V1 not in json.dumps(frame)
    await communicator.send_to(
        text_data=json.dumps({"type": "watch", "pages": ["/a/", "/c/"]})
    )
    pages = await frame_of_type(communicator, "pages")
    assert pages["pages"] == {
        "/a/": {"reading": 1, "engaged": 1},
        "/c/": {"reading": 0, "engaged": 0},
    }
    await communicator.disconnect()


@pytest.mark.parametrize(
    ("message", "code"),
    [
        ("not json", 4400),
        (json.dumps({"type": "page", "page": "/"}), 4400),
        (json.dumps({"type": "watch", "pages": "/a/"}), 4400),
        (json.dumps({"type": "watch", "pages": ["http://evil/"]}), 4400),
        (json.dumps({"type": "watch", "pages": ["/a/"] * 101}), 4400),
        (json.dumps({"type": "watch", "pages": ["/" + "a" * 40000]}), 4413),
    ],
)
async def test_malformed_messages_close_with_a_readable_error(message, code):
    """Anything but a valid watch message closes with 4400 (4413 if huge)."""
    cookie = await session_cookie(username="desk-editor")
    communicator = desk_socket(cookie)
    await communicator.connect(timeout=10)
    await communicator.send_to(text_data=message)
    error = await frame_of_type(communicator, "error")
    assert error["code"] == code and error["message"]
    closed = await communicator.receive_output(timeout=10)
    assert closed == {"type": "websocket.close", "code": code}


async def test_watch_floods_close_with_4429():
    """Two watch messages within a second close the socket with 4429."""
    cookie = await session_cookie(username="desk-editor")
    communicator = desk_socket(cookie)
    await communicator.connect(timeout=10)
    watch = json.dumps({"type": "watch", "pages": ["/a/"]})
    await communicator.send_to(text_data=watch)
    await communicator.send_to(text_data=watch)
    error = await frame_of_type(communicator, "error")
    assert error["code"] == 4429


async def test_one_summary_per_process_whatever_the_desks():
    """Five desks on one process cost one store snapshot a second, not five."""
    store = get_store()
    calls = []
    snapshot = store.snapshot

    async def counted(**kwargs):
        calls.append(kwargs)
        return await snapshot(**kwargs)

    store.snapshot = counted
    cookie = await session_cookie(username="desk-editor")
    sockets = [desk_socket(cookie) for _ in range(5)]
    for communicator in sockets:
        await communicator.connect(timeout=10)
    for communicator in sockets:
        await frame_of_type(communicator, "desk")
    await asyncio.sleep(2.2)
    for communicator in sockets:
        await communicator.disconnect()
    # About one a second for 2-3 seconds, however many desks are open.
    assert 1 <= len(calls) <= 5
