"""
Failures the stack survives, measured through nginx.

Each test breaks one part of the session's private stack, checks what
readers get while it is broken, puts it back and measures how long healing
took (printed as ``[stack] ...`` lines; ``-s`` shows them).
"""

import os
import signal
import time

from .conftest import PAGE_CACHE_SECONDS, fresh, poll

SLOW = 5.0  # no reader waits longer than this for an answer


def served(web, path="/news/", **kwargs):
    status, headers, body, seconds = web.get(fresh(path), **kwargs)
    assert seconds < SLOW, f"{path} took {seconds:.1f} s"
    return status


def test_kill_9_of_one_daphne_nginx_keeps_serving_from_the_other(
    stack, web, daphnes_restored
):
    victim, survivor = stack.daphnes
    killed_at = time.monotonic()
    os.kill(victim.pid, signal.SIGKILL)
    statuses = [served(web) for _ in range(20)]
    seconds = time.monotonic() - killed_at
    print(f"\n[stack] kill -9 daphne: {statuses.count(200)}/20 rendered pages OK"
          f" in the {seconds:.1f} s after the kill")  # fmt: skip
    assert statuses == [200] * 20
    assert survivor.running()


def test_sigterm_of_one_daphne_stops_it_cleanly_and_pages_keep_serving(
    stack, web, daphnes_restored
):
    victim, survivor = stack.daphnes[1], stack.daphnes[0]
    victim.signal(signal.SIGTERM)
    _, exit_seconds = poll(lambda: not victim.running(), 10, 0.05)
    statuses = [served(web) for _ in range(10)]
    print(f"\n[stack] SIGTERM daphne: exited after {exit_seconds:.2f} s;"
          f" {statuses.count(200)}/10 pages OK meanwhile")  # fmt: skip
    assert statuses == [200] * 10
    assert survivor.running()


def server_pids(stack):
    """daphne's, gunicorn's master's and its workers': none may restart."""
    return (
        [d.pid for d in stack.daphnes],
        stack.gunicorn.pid,
        (stack.gunicorn.worker_pids()),
    )


def test_redis_restarted_pages_keep_serving_and_readiness_recovers(stack, web):
    daphne_pids = server_pids(stack)
    stack.redis.stop()
    try:
        statuses = [served(web) for _ in range(10)]
        assert statuses == [200] * 10
        status, _, body, seconds = web.get("/readyz")
        assert status == 503
        assert b'"redis": {"ok": false' in body
        assert seconds < 3
    finally:
        restarted_at = time.monotonic()
        stack.redis.start()
    _, seconds = poll(lambda: web.get("/readyz")[0] == 200, 15)
    print(f"\n[stack] Redis restarted: ready again {seconds:.2f} s after its start")
    assert served(web) == 200
    assert server_pids(stack) == daphne_pids
    assert all(d.running() for d in stack.daphnes)
    assert time.monotonic() - restarted_at < 15


def test_postgres_stopped_readers_get_cached_pages_or_a_503_page(stack, web):
    daphne_pids = server_pids(stack)
    web.get("/news/")
    assert web.get("/news/")[1]["x-cache-status"] == "HIT"
    stack.postgres.kill()
    try:
        # A page nginx holds: still the page, at once.
        status, headers, body, seconds = web.get("/news/")
        assert status == 200 and seconds < SLOW
        assert "Повернемося за мить".encode() not in body
        # A page nobody asked for yet: a clear 503 in the site's look.
        status, headers, body, seconds = web.get(fresh("/news/"))
        print(f"\n[stack] PostgreSQL down: uncached page answered {status}"
              f" in {seconds:.2f} s")  # fmt: skip
        assert status == 503 and seconds < SLOW
        assert "Повернемося за мить".encode() in body and b'class="site-header"' in body
        assert headers["retry-after"] == "10"
        status, _, body, _ = web.get("/readyz")
        assert status == 503 and b'"database": {"ok": false' in body
        # Past its max-age the held page is served stale rather than the 503.
        time.sleep(PAGE_CACHE_SECONDS + 1)
        status, headers, body, seconds = web.get("/news/")
        assert status == 200 and seconds < SLOW, headers
        assert "Повернемося за мить".encode() not in body
        assert headers["x-cache-status"] in {"STALE", "UPDATING", "HIT", "EXPIRED"}
    finally:
        resumed_at = time.monotonic()
        stack.postgres.resume()
    _, seconds = poll(lambda: web.get(fresh("/news/"))[0] == 200, 30)
    total = time.monotonic() - resumed_at
    print(f"[stack] PostgreSQL back: pages rendered again {seconds:.2f} s after"
          f" pg_ctl start returned ({total:.2f} s including the start)")  # fmt: skip
    assert web.get("/readyz")[0] == 200
    assert web.get("/ws/readyz")[0] == 200
    assert server_pids(stack) == daphne_pids
