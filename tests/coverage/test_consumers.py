"""The presence socket's breaking and entries frames, and since."""

import asyncio
import json

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.security.websocket import AllowedHostsOriginValidator
from channels.testing import WebsocketCommunicator
from django.db import connections

from coverage import hub as hub_module
from coverage import services
from presence import tracker as tracker_module
from presence.routing import websocket_urlpatterns
from tests.factories import ArticleFactory

V1, V2 = "1" * 32, "2" * 32

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def live_settings(settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    settings.PRESENCE_STORE = {"BACKEND": "presence.stores.InMemoryStore"}
    settings.PRESENCE_PUSH_INTERVAL = 0
    settings.COVERAGE_BROADCAST = {"BACKEND": "coverage.broadcast.InMemoryBroadcast"}
    settings.COVERAGE_BREAKING_INTERVAL = 0


@pytest.fixture(autouse=True)
async def fresh_hub():
    await hub_module.reset()
    await tracker_module.reset()
    yield
    await hub_module.reset()
    await tracker_module.reset()
    # The hub's database thread keeps a connection; the test database is
    # dropped at the end of the run.
    await database_sync_to_async(connections.close_all)()


def open_socket(query):
    application = AllowedHostsOriginValidator(URLRouter(websocket_urlpatterns))
    communicator = WebsocketCommunicator(
        application,
        f"/ws/presence/?{query}",
        headers=[(b"origin", b"http://testserver")],
    )
    communicator.scope["client"] = ["203.0.113.5", 5000]
    return communicator


async def connect(query):
    communicator = open_socket(query)
    accepted, _ = await communicator.connect(timeout=10)
    assert accepted
    return communicator


async def frames_of(communicator, kind, count=1, timeout=5, where=None):
    """The next ``count`` frames of type ``kind`` (others skipped)."""
    found = []
    where = where or (lambda frame: True)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while len(found) < count:
        frame = await communicator.receive_json_from(
            timeout=max(0.1, deadline - loop.time())
        )
        if frame["type"] == kind and where(frame):
            found.append(frame)
    return found


@sync_to_async
def story(entries=2):
    article = ArticleFactory(headline="Floods in the west")
    made = [
        services.entry_create(article=article, body=f"<p>Entry {n}</p>")
        for n in range(entries)
    ]
    return article, made


@sync_to_async
def mark_breaking(article):
    # No user: the permission check is the admin's and the services' tests'.
    services.breaking_start(article=article)


async def test_the_banner_is_the_first_frame_after_the_handshake():
    article, _ = await story(0)
    await mark_breaking(article)
    socket = await connect(f"visitor={V1}&page=/")
    first = await socket.receive_json_from(timeout=5)
    assert first == {
        "type": "breaking",
        "article": {
            "id": article.pk,
            "headline": "Floods in the west",
            "url": article.get_absolute_url(),
            "until": first["article"]["until"],
        },
    }
    assert (await socket.receive_json_from(timeout=5))["type"] == "presence"
    await socket.disconnect()


async def test_without_a_banner_presence_comes_first():
    socket = await connect(f"visitor={V1}&page=/")
    assert (await socket.receive_json_from(timeout=5))["type"] == "presence"
    await socket.disconnect()


async def test_a_banner_and_its_clearing_reach_open_sockets():
    article, _ = await story(0)
    socket = await connect(f"visitor={V1}&page=/sections/x/")
    await frames_of(socket, "presence")
    await mark_breaking(article)
    (frame,) = await frames_of(socket, "breaking")
    assert frame["article"]["id"] == article.pk
    await sync_to_async(services.breaking_clear)()
    (frame,) = await frames_of(socket, "breaking")
    assert frame == {"type": "breaking", "article": None}
    await socket.disconnect()


async def test_entries_reach_only_readers_of_that_article():
    article, _ = await story(0)
    path = article.get_absolute_url()
    reader = await connect(f"visitor={V1}&page={path}")
    other = await connect(f"visitor={V2}&page=/")
    await frames_of(reader, "presence")
    await frames_of(other, "presence")
    entry = await sync_to_async(services.entry_create)(
        article=article, body="<p>New</p>", title="Dam holds"
    )
    (frame,) = await frames_of(reader, "entries", where=lambda f: f["entries"])
    assert frame["article"] == article.pk
    assert [e["id"] for e in frame["entries"]] == [entry.pk]
    assert frame["entries"][0]["title"] == "Dam holds"
    assert frame["deleted"] == [] and frame["live"] is True
    entry_id = entry.pk
    await sync_to_async(services.entry_delete)(entry=entry)
    (frame,) = await frames_of(reader, "entries", where=lambda f: f["deleted"])
    assert frame["deleted"] == [entry_id]
    seen = []
    while not await other.receive_nothing(timeout=0.3):
        seen.append((await other.receive_json_from())["type"])
    assert "entries" not in seen
    await reader.disconnect()
    await other.disconnect()


async def test_since_gives_exactly_the_missing_entries_in_order():
    article, made = await story(4)
    path = article.get_absolute_url()
    socket = await connect(f"visitor={V1}&page={path}&since={made[1].pk}")
    (frame,) = await frames_of(socket, "entries")
    assert [e["id"] for e in frame["entries"]] == [made[2].pk, made[3].pk]
    socket_message = json.dumps({"type": "since", "since": made[0].pk})
    await socket.send_to(text_data=socket_message)
    (frame,) = await frames_of(socket, "entries")
    assert [e["id"] for e in frame["entries"]] == [e.pk for e in made[1:]]
    await socket.disconnect()


async def test_moving_to_an_article_page_subscribes_to_its_entries():
    article, _ = await story(0)
    socket = await connect(f"visitor={V1}&page=/")
    await frames_of(socket, "presence")
    await socket.send_to(
        text_data=json.dumps({"type": "page", "page": article.get_absolute_url()})
    )
    await asyncio.sleep(0.1)
    await sync_to_async(services.entry_create)(article=article, body="<p>x</p>")
    await frames_of(socket, "entries", where=lambda f: f["entries"])
    await socket.disconnect()


@pytest.mark.parametrize("since", ["-1", "abc", "1e3", "99999999999999999999", "%20"])
async def test_a_bad_since_query_closes_with_4400(since):
    socket = await connect(f"visitor={V1}&page=/news/1/x/&since={since}")
    (frame,) = await frames_of(socket, "error")
    assert frame["code"] == 4400
    assert "since" in frame["message"]
    assert await socket.receive_output(timeout=5) == {
        "type": "websocket.close",
        "code": 4400,
    }


@pytest.mark.parametrize(
    "message", [{"type": "since"}, {"type": "since", "since": "x"},
                {"type": "since", "since": -3}, {"type": "since", "since": True}]
)  # fmt: skip
async def test_a_bad_since_message_closes_with_4400(message):
    socket = await connect(f"visitor={V1}&page=/")
    await frames_of(socket, "presence")
    await socket.send_to(text_data=json.dumps(message))
    (frame,) = await frames_of(socket, "error")
    assert frame["code"] == 4400
    assert (await socket.receive_output(timeout=5))["code"] == 4400


async def test_a_huge_since_message_is_still_4413():
    socket = await connect(f"visitor={V1}&page=/")
    await frames_of(socket, "presence")
    await socket.send_to(
        text_data=json.dumps({"type": "since", "since": 1, "pad": "x" * 2000})
    )
    (frame,) = await frames_of(socket, "error")
    assert frame["code"] == 4413
