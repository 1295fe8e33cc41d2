"""
The store contract for the live desk: engaged, sources, minute history.

Every case taking ``make_store`` runs against both stores.
"""

import asyncio
import time

from presence.sources import SOURCES
from presence.stores import HISTORY_SECONDS, InMemoryStore, RedisStore

A = "a" * 32
B = "b" * 32
C = "c" * 32


async def test_engaged_is_a_layer_of_its_own(make_store):
    """Engaged visitors and reads follow the count's rules, kept apart."""
    store = make_store()
    await store.update("p1", joined=[A, B], reads_joined=[(A, "/x/"), (B, "/x/")])
    await store.engaged.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    assert await store.counts(["/x/"]) == (2, {"/x/": 2})
    assert await store.engaged.counts(["/x/"]) == (1, {"/x/": 1})
    # A tab on another process that is visible keeps the visitor engaged.
    await store.engaged.update("p2", joined=[A], reads_joined=[(A, "/x/")])
    await store.engaged.update("p1", left=[A], reads_left=[(A, "/x/")])
    assert await store.engaged.counts(["/x/"]) == (1, {"/x/": 1})
    await store.engaged.update("p2", left=[A], reads_left=[(A, "/x/")])
    assert await store.engaged.counts(["/x/"]) == (0, {"/x/": 0})
    assert await store.counts(["/x/"]) == (2, {"/x/": 2})


async def test_engaged_expires_and_is_removed_with_its_process(make_store):
    """A stopped process's engaged visitors leave with it."""
    store = make_store()
    await store.engaged.update("p1", joined=[A, B], reads_joined=[(A, "/x/")])
    await store.engaged.remove_process("p1", visitors=[A, B], reads=[(A, "/x/")])
    assert await store.engaged.counts(["/x/"]) == (0, {"/x/": 0})


async def test_snapshot(make_store):
    """One call answers online, engaged, the top pages and asked pages."""
    store = make_store()
    await store.update(
        "p1",
        joined=[A, B, C],
        reads_joined=[(A, "/x/"), (B, "/x/"), (C, "/y/")],
    )
    await store.engaged.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    snapshot = await store.snapshot(limit=20, pages=["/y/", "/z/"])
    assert (snapshot.online, snapshot.engaged) == (3, 1)
    assert [(p.page, p.readers, p.engaged) for p in snapshot.top] == [
        ("/x/", 2, 1),
        ("/y/", 1, 0),
    ]
    assert [p.readers_before for p in snapshot.top] == [None, None]
    assert snapshot.pages == {"/y/": (1, 0), "/z/": (0, 0)}
    assert snapshot.sources == dict.fromkeys(SOURCES, 0)
    limited = await store.snapshot(limit=1)
    assert [p.page for p in limited.top] == ["/x/"]


async def test_snapshot_keeps_nothing_per_visitor(make_store):
    """No visitor id is in what the desk is given."""
    store = make_store()
    await store.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    await store.add_sources({"search": 1})
    assert A not in repr(await store.snapshot(pages=["/x/"]))


async def test_sources_add_up(make_store):
    """Page views by source add up; unknown kinds and zeros are ignored."""
    store = make_store()
    await store.add_sources({"direct": 2, "search": 1})
    await store.add_sources({"search": 3, "social": 0, "evil": 5})
    await store.add_sources({})
    sources = (await store.snapshot()).sources
    assert sources == {
        "direct": 2,
        "search": 4,
        "social": 0,
        "other": 0,
        "internal": 0,
    }


async def test_one_sample_a_minute_whoever_asks(make_store):
    """Of many processes asking at once, exactly one writes the minute."""
    store = make_store()
    await store.update("p1", joined=[A, B], reads_joined=[(A, "/x/"), (B, "/y/")])
    await store.engaged.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    for _ in range(3):
        minute = int(time.time() // 60)
        # Each Redis store instance stands for another process.
        others = [make_store() for _ in range(5)]
        written = await asyncio.gather(*(s.sample_minute() for s in others))
        if int(time.time() // 60) == minute:
            break
    assert sum(written) == 1
    assert not await store.sample_minute()
    history = await store.history(minutes=60)
    assert len(history) == 1
    sampled_at, online, engaged = history[0]
    assert sampled_at % 60 == 0 and abs(sampled_at - time.time()) < 120
    assert (online, engaged) == (2, 1)
    assert await store.page_history("/x/") == [(sampled_at, 1, 1)]
    assert await store.page_history("/y/") == [(sampled_at, 1, 0)]
    assert await store.page_history("/never/") == []


async def test_the_change_compares_with_a_sample(make_store):
    """A top page carries its readers as of the sample ``ago`` seconds back."""
    store = make_store()
    await store.update("p1", joined=[A, B], reads_joined=[(A, "/x/")])
    await store.sample_minute()
    await store.update("p1", reads_joined=[(B, "/x/")])
    snapshot = await store.snapshot(ago=0)
    (page,) = snapshot.top
    if page.readers_before is None:
        # The minute turned between the two calls: sample again.
        await store.sample_minute()
        page = (await store.snapshot(ago=0)).top[0]
    assert (page.readers, page.readers_before) in ((2, 1), (2, 2))


async def test_only_the_most_read_pages_are_sampled(make_store):
    """Per-page samples are kept for the ``pages`` most read."""
    store = make_store()
    await store.update(
        "p1",
        joined=[A, B, C],
        reads_joined=[(A, "/x/"), (B, "/x/"), (C, "/y/")],
    )
    await store.sample_minute(pages=1)
    assert len(await store.page_history("/x/")) == 1
    assert await store.page_history("/y/") == []


def _clocked():
    now = [1_700_000_000.0]
    return InMemoryStore(ttl=30, clock=lambda: now[0]), now


async def test_sources_cover_five_minutes():
    """Page views older than five minutes no longer count."""
    store, now = _clocked()
    await store.add_sources({"social": 1})
    now[0] += 4 * 60
    await store.add_sources({"search": 1})
    assert (await store.snapshot()).sources["social"] == 1
    now[0] += 60
    sources = (await store.snapshot()).sources
    assert (sources["social"], sources["search"]) == (0, 1)


async def test_history_spans_a_day_and_pages_an_hour():
    """The site's samples are kept 24 hours, a page's one hour."""
    store, now = _clocked()
    await store.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    for _ in range(HISTORY_SECONDS // 60 + 30):
        now[0] += 60
        await store.refresh("p1", visitors=[A], reads=[(A, "/x/")])
        await store.sample_minute()
    assert len(await store.history(minutes=24 * 60)) == 24 * 60
    assert len(await store.history(minutes=60)) == 60
    assert len(await store.page_history("/x/")) == 60
    assert len(store._history) <= 24 * 60
    assert all(len(s) <= 60 for s in store._page_history.values())


async def test_change_five_minutes_back():
    """The change is against the sample five minutes before."""
    store, now = _clocked()
    await store.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    await store.sample_minute()
    now[0] += 300
    await store.refresh("p1", visitors=[A, B], reads=[(A, "/x/"), (B, "/x/")])
    (page,) = (await store.snapshot()).top
    assert (page.readers, page.readers_before) == (2, 1)


async def test_redis_keys_share_one_hash_tag(shared_redis_url):
    """Every key the desk writes is under the store's hash tag."""
    import uuid

    import redis

    from .conftest import delete_prefix

    prefix = f"presence-test-{uuid.uuid4().hex}"
    store = RedisStore(url=shared_redis_url, prefix=prefix)
    try:
        await store.update("p1", joined=[A], reads_joined=[(A, "/x/")])
        await store.engaged.update("p1", joined=[A], reads_joined=[(A, "/x/")])
        await store.add_sources({"direct": 1})
        await store.sample_minute()
        client = redis.Redis.from_url(shared_redis_url, decode_responses=True)
        keys = list(client.scan_iter(match=f"*{prefix}*", count=1000))
        client.close()
        assert keys and all(key.startswith(f"{{{prefix}}}:") for key in keys)
        assert any(key.startswith(f"{{{prefix}}}:engaged:page:") for key in keys)
        assert any(key.startswith(f"{{{prefix}}}:history:page:") for key in keys)
    finally:
        await store.close()
        delete_prefix(shared_redis_url, prefix)


async def test_a_borrowed_store_closes_only_what_it_opened(shared_redis_url):
    """A sync worker's one call closes its connection; a server's stays."""
    store = RedisStore(url=shared_redis_url, prefix="presence-test-borrow")
    async with store.borrowed():
        await store.counts()
    assert asyncio.get_running_loop() not in store._clients
    await store.counts()
    async with store.borrowed():
        await store.counts()
    assert asyncio.get_running_loop() in store._clients
    await store.close()
