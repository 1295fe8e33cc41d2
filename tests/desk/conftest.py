import pytest
from asgiref.sync import async_to_sync

from presence.stores import get_store, reset_store

V1 = "1" * 32
V2 = "2" * 32
V3 = "3" * 32


@pytest.fixture(autouse=True)
def desk_settings(settings):
    settings.ALLOWED_HOSTS = ["testserver", "portal.example"]
    settings.PRESENCE_STORE = {"BACKEND": "presence.stores.InMemoryStore"}
    settings.PRESENCE_TTL = 30
    reset_store()
    yield
    reset_store()


@pytest.fixture
def store():
    return get_store()


def readers(store, reads, *, engaged=(), process="p1"):
    """Put (visitor, page) reads in the store; ``engaged`` ones visible."""
    visitors = sorted({visitor for visitor, _ in reads})
    async_to_sync(store.update)(process, joined=visitors, reads_joined=reads)
    if engaged:
        async_to_sync(store.engaged.update)(
            process,
            joined=sorted({visitor for visitor, _ in engaged}),
            reads_joined=engaged,
        )
