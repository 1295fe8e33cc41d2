"""The store contract: every case runs against both stores."""

import pytest

from presence.stores import CHUNK_SIZE, BaseStore, InMemoryStore

from .conftest import eventually

A = "a" * 32
B = "b" * 32
C = "c" * 32


async def test_a_visitor_counts_once(make_store):
    """A visitor counts once online and once per page it reads."""
    store = make_store()
    await store.update("p1", joined=[A, B], reads_joined=[(A, "/x/"), (B, "/y/")])
    assert await store.counts(["/x/", "/y/", "/z/"]) == (
        2,
        {"/x/": 1, "/y/": 1, "/z/": 0},
    )
    # Joining again (a second tab) changes nothing.
    await store.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    assert await store.counts(["/x/"]) == (2, {"/x/": 1})


async def test_update_returns_counts_after_the_update(make_store):
    """update() answers the counts of the pages asked, in the same call."""
    store = make_store()
    result = await store.update(
        "p1", joined=[A], reads_joined=[(A, "/x/")], pages=["/x/", "/y/"]
    )
    assert result == (1, {"/x/": 1, "/y/": 0})


async def test_leave_removes_at_once(make_store):
    """The last process holding a visitor removes it at once."""
    store = make_store()
    await store.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    await store.update("p1", left=[A], reads_left=[(A, "/x/")])
    assert await store.counts(["/x/"]) == (0, {"/x/": 0})


async def test_leave_is_exact_across_processes(make_store):
    """A visitor with tabs on two processes stays until the last one leaves."""
    store = make_store()
    await store.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    await store.update("p2", joined=[A], reads_joined=[(A, "/x/")])
    await store.update("p1", left=[A], reads_left=[(A, "/x/")])
    assert await store.counts(["/x/"]) == (1, {"/x/": 1})
    await store.update("p2", left=[A], reads_left=[(A, "/x/")])
    assert await store.counts(["/x/"]) == (0, {"/x/": 0})


async def test_a_page_move_is_exact_across_processes(make_store):
    """Leaving a page another process still reads for the visitor keeps it."""
    store = make_store()
    await store.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    await store.update("p2", joined=[A], reads_joined=[(A, "/x/")])
    await store.update("p1", reads_left=[(A, "/x/")], reads_joined=[(A, "/y/")])
    assert await store.counts(["/x/", "/y/"]) == (1, {"/x/": 1, "/y/": 1})
    await store.update("p2", reads_left=[(A, "/x/")], reads_joined=[(A, "/y/")])
    assert await store.counts(["/x/", "/y/"]) == (1, {"/x/": 0, "/y/": 1})


async def test_leaving_what_was_never_joined_is_harmless(make_store):
    """Counts never go negative and other visitors are untouched."""
    store = make_store()
    await store.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    await store.update("p2", left=[B, C], reads_left=[(B, "/x/"), (C, "/x/")])
    await store.update("p2", left=[B], reads_left=[(B, "/x/")])
    assert await store.counts(["/x/"]) == (1, {"/x/": 1})


async def test_entries_expire_after_the_ttl(make_store):
    """A process that stops refreshing (a crash) leaves within the TTL."""
    store = make_store(ttl=1)
    await store.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    assert await store.counts(["/x/"]) == (1, {"/x/": 1})
    await eventually(
        lambda: _counts_equal(store, ["/x/"], (0, {"/x/": 0})),
        timeout=5,
        message="expiry",
    )


async def test_refresh_keeps_entries_alive(make_store):
    """Refreshing more often than the TTL keeps a visitor counted."""
    store = make_store(ttl=1)
    await store.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    for _ in range(4):
        await _sleep(0.4)
        await store.refresh("p1", visitors=[A], reads=[(A, "/x/")])
        assert await store.counts(["/x/"]) == (1, {"/x/": 1})


async def test_refresh_rebuilds_lost_entries(make_store):
    """Entries that expired or were lost come back with the next refresh."""
    store = make_store(ttl=1)
    await store.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    await eventually(lambda: _counts_equal(store, ["/x/"], (0, {"/x/": 0})))
    await store.refresh("p1", visitors=[A], reads=[(A, "/x/")])
    assert await store.counts(["/x/"]) == (1, {"/x/": 1})


async def test_a_dead_process_does_not_hold_visitors(make_store):
    """Once a crashed process's TTL is over, its claims block no leave."""
    store = make_store(ttl=1)
    await store.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    await store.update("p2", joined=[A], reads_joined=[(A, "/x/")])
    # p1 dies; p2 keeps refreshing until p1's claim is over.
    for _ in range(4):
        await _sleep(0.4)
        await store.refresh("p2", visitors=[A], reads=[(A, "/x/")])
    await store.update("p2", left=[A], reads_left=[(A, "/x/")])
    assert await store.counts(["/x/"]) == (0, {"/x/": 0})


async def test_refresh_replaces_what_a_process_holds(make_store):
    """A visitor a process no longer lists in its refresh is not its any more."""
    store = make_store()
    await store.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    await store.update("p2", joined=[A], reads_joined=[(A, "/x/")])
    await store.refresh("p1", visitors=[], reads=[])
    await store.update("p2", left=[A], reads_left=[(A, "/x/")])
    assert await store.counts(["/x/"]) == (0, {"/x/": 0})


async def test_refresh_in_chunks(make_store):
    """A refresh larger than one chunk writes every visitor."""
    store = make_store()
    visitors = [f"{i:032x}" for i in range(CHUNK_SIZE * 2 + 7)]
    reads = [(v, "/x/" if i % 2 else "/y/") for i, v in enumerate(visitors)]
    await store.refresh("p1", visitors=visitors, reads=reads)
    online, pages = await store.counts(["/x/", "/y/"])
    assert online == len(visitors)
    assert pages == {"/x/": CHUNK_SIZE + 3, "/y/": CHUNK_SIZE + 4}


async def test_refresh_many_pages(make_store):
    """Many small pages, packed several to a call, are all written."""
    store = make_store()
    pages = [f"/news/{n}/" for n in range(40)]
    visitors = [f"{i:032x}" for i in range(1500)]
    reads = [(v, pages[i % 40]) for i, v in enumerate(visitors)]
    await store.refresh("p1", visitors=visitors, reads=reads)
    online, counts = await store.counts(pages)
    assert online == 1500
    assert sorted(set(counts.values())) == [37, 38]
    assert sum(counts.values()) == 1500
    online, top = await store.top_pages(limit=40)
    assert len(top) == 40 and top[0][1] == 38


async def test_top_pages(make_store):
    """Pages are ranked by readers; empty pages are left out; limit holds."""
    store = make_store()
    await store.update(
        "p1",
        joined=[A, B, C],
        reads_joined=[(A, "/x/"), (B, "/y/"), (C, "/y/"), (A, "/gone/")],
    )
    await store.update("p2", joined=[A], reads_joined=[(A, "/z/")])
    await store.update("p1", reads_left=[(A, "/gone/")])
    assert await store.top_pages() == (3, [("/y/", 2), ("/x/", 1), ("/z/", 1)])
    assert await store.top_pages(limit=1) == (3, [("/y/", 2)])


async def test_prune_deletes_only_expired_entries(make_store):
    """Pruning never changes a count; it only frees expired entries."""
    store = make_store(ttl=1)
    await store.update("p1", joined=[A], reads_joined=[(A, "/x/")])
    await _sleep(1.2)
    await store.update("p2", joined=[B], reads_joined=[(B, "/x/")])
    before = await store.counts(["/x/"])
    assert before == (1, {"/x/": 1})
    removed = 0
    while True:
        batch = await store.prune(["/x/"])
        removed += batch
        if batch < CHUNK_SIZE:
            break
    assert removed >= 1
    assert await store.counts(["/x/"]) == before
    assert await store.top_pages() == (1, [("/x/", 1)])


async def test_remove_process(make_store):
    """A stopped process removes its visitors but not those held elsewhere."""
    store = make_store()
    await store.update("p1", joined=[A, B], reads_joined=[(A, "/x/"), (B, "/x/")])
    await store.update("p2", joined=[B], reads_joined=[(B, "/x/")])
    await store.remove_process("p1", visitors=[A, B], reads=[(A, "/x/"), (B, "/x/")])
    assert await store.counts(["/x/"]) == (1, {"/x/": 1})


async def test_base_store_is_abstract():
    """BaseStore's methods must be provided by subclasses."""
    store = BaseStore()
    for call in (
        store.update("p"),
        store.refresh("p", visitors=[], reads=[]),
        store.counts(),
        store.top_pages(),
        store.prune(),
    ):
        with pytest.raises(NotImplementedError):
            await call


async def test_in_memory_store_uses_its_clock():
    """The in-memory store's clock decides expiry (property tests need it)."""
    now = [1000.0]
    store = InMemoryStore(ttl=30, clock=lambda: now[0])
    await store.update("p1", joined=[A])
    now[0] += 29.9
    assert (await store.counts())[0] == 1
    now[0] += 0.2
    assert (await store.counts())[0] == 0


async def _counts_equal(store, pages, expected):
    return await store.counts(pages) == expected


async def _sleep(seconds):
    import asyncio

    await asyncio.sleep(seconds)
