"""
The live counter's numbers, for the rest of the site: the one public way to
read them (the newsroom's pages, templates, the JSON endpoint).

Nothing here does I/O except ``fetch_site_totals()``, which reads the
store at most once a second per process. Callers never reach into the
tracker: its state is its own.
"""

from . import counting
from .tracker import current_tracker, get_tracker


def site_totals():
    """
    Return the last site totals this process knows, without I/O.

    ``{"online": N, "pages": [{"path": "/…", "readers": n}, …]}``, most read
    first (the body of ``GET /api/presence/``). Safe from any thread: sync
    views and templates call it; before any reader connected, zeros.
    """
    tracker = current_tracker()
    if tracker is None:
        return counting.summary(online=0, pages=[])
    return tracker.last_summary()


async def fetch_site_totals():
    """
    Return the site totals as ``site_totals()`` does, read from the store.

    For async views in the server's event loop; the store is read at most
    once a second per process, and its last numbers are served while it is
    down.
    """
    return await get_tracker().site_summary()


def reading_now(path):
    """Return how many visitors read ``path`` now, as last known, without I/O."""
    tracker = current_tracker()
    return 0 if tracker is None else tracker.known_pages.get(path, 0)


def online_now():
    """Return how many visitors are online, as last known, without I/O."""
    tracker = current_tracker()
    return 0 if tracker is None else tracker.known_online
