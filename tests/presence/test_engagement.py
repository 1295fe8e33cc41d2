"""A process's engaged sockets and sources, before any socket is involved."""

import json

import pytest

from presence.counting import ProtocolError
from presence.engagement import Engagement, parse_ref, parse_visibility
from presence.stores import InMemoryStore

A, B = "a" * 32, "b" * 32


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"type": "visibility", "visible": true}', True),
        ('{"type": "visibility", "visible": false}', False),
        ('{"type": "page", "page": "/x/"}', None),
        ("not json", None),
        (None, None),
    ],
)
def test_parse_visibility(text, expected):
    """Visibility messages give a boolean; others are left to the counter."""
    assert parse_visibility(text) is expected


@pytest.mark.parametrize(
    "message",
    [
        {"type": "visibility"},
        {"type": "visibility", "visible": "yes"},
        {"type": "visibility", "visible": 1},
        {"type": "visibility", "visible": True, "extra": 1},
    ],
)
def test_malformed_visibility_is_a_protocol_error(message):
    """A malformed visibility message closes with 4400."""
    with pytest.raises(ProtocolError) as raised:
        parse_visibility(json.dumps(message))
    assert raised.value.code == 4400


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("visitor=x&page=/&ref=www.google.com", "google.com"),
        ("visitor=x&page=/&ref=", ""),
        ("visitor=x&page=/", None),
        ("visitor=x&page=/&ref=" + "a" * 256, None),
        ("visitor=x&page=/&ref=http%3A%2F%2Fevil%2F", None),
        (b"visitor=x&page=/&ref=t.co", "t.co"),
    ],
)
def test_parse_ref(query, expected):
    """A good ref is its clean host, an empty one direct, a bad one None."""
    assert parse_ref(query) == expected


async def test_engaged_follows_visibility_and_leaves():
    """Visible counted sockets are engaged; hidden or gone ones are not."""
    store = InMemoryStore()
    engagement = Engagement()
    one, two = object(), object()
    engagement.join(one, visitor=A, page="/x/", counted=True, ref="google.com")
    engagement.join(two, visitor=B, page="/x/", counted=True, ref="", host="p.example")
    await engagement.write(store, "p1")
    assert await store.engaged.counts(["/x/"]) == (2, {"/x/": 2})
    assert (await store.snapshot()).sources["search"] == 1
    assert (await store.snapshot()).sources["direct"] == 1
    assert engagement.set_visible(one, False, visitor=A, page="/x/")
    await engagement.write(store, "p1")
    assert await store.engaged.counts(["/x/"]) == (1, {"/x/": 1})
    engagement.leave(two, visitor=B, page="/x/")
    await engagement.write(store, "p1")
    assert await store.engaged.counts(["/x/"]) == (0, {"/x/": 0})


async def test_uncounted_sockets_add_nothing():
    """Sockets beyond the per-address limit are neither engaged nor sources."""
    store = InMemoryStore()
    engagement = Engagement()
    engagement.join(object(), visitor=A, page="/x/", counted=False, ref="t.co")
    await engagement.write(store, "p1")
    assert await store.engaged.counts() == (0, {})
    assert sum((await store.snapshot()).sources.values()) == 0


def test_a_second_visibility_message_within_a_second_is_a_flood():
    """At most one visibility message a second per socket: 4429."""
    engagement = Engagement()
    socket = object()
    engagement.join(socket, visitor=A, page="/x/", counted=True)
    assert engagement.set_visible(socket, False, visitor=A, page="/x/")
    with pytest.raises(ProtocolError) as raised:
        engagement.set_visible(socket, True, visitor=A, page="/x/")
    assert raised.value.code == 4429


def test_the_same_visibility_again_changes_nothing():
    """Only a change is written."""
    engagement = Engagement()
    socket = object()
    engagement.join(socket, visitor=A, page="/x/", counted=True)
    engagement._dirty_visitors.clear()
    engagement._dirty_reads.clear()
    assert not engagement.set_visible(socket, True, visitor=A, page="/x/")
    assert not engagement.dirty


async def test_a_failed_write_is_kept_for_the_next():
    """When the store is down, the changes are written next time."""
    from presence.stores import StoreUnavailable

    class Down(InMemoryStore):
        async def add_sources(self, counts):
            raise StoreUnavailable("down")

    store = Down()
    engagement = Engagement()
    engagement.join(object(), visitor=A, page="/x/", counted=True, ref="t.co")
    with pytest.raises(StoreUnavailable):
        await engagement.write(store, "p1")
    assert engagement.dirty and engagement.sources["social"] == 1
