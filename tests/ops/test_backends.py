"""The one manager of ``{"BACKEND": ...}`` settings (PAGE_CACHE, PRESENCE_STORE)."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from ops.backends import BackendManager
from pagecache.backends import LocalPageCache, get_backend
from presence.stores import InMemoryStore, get_store, reset_store


class Thing:
    built = 0

    def __init__(self, **options):
        Thing.built += 1
        self.options = options


THING = {"BACKEND": "tests.ops.test_backends.Thing", "OPTIONS": {"size": 3}}


@pytest.fixture
def manager():
    Thing.built = 0
    return BackendManager(
        "OPS_TEST_THING",
        default={"BACKEND": "tests.ops.test_backends.Thing"},
        options=lambda: {"size": 1, "colour": "red"},
        also_reset_on=("OPS_TEST_COLOUR",),
    )


def test_the_backend_is_built_on_first_use_and_then_reused(manager):
    assert Thing.built == 0
    first = manager.get()
    assert manager.get() is first
    assert Thing.built == 1
    assert first.options == {"size": 1, "colour": "red"}


def test_the_setting_s_options_override_the_defaults(manager):
    with override_settings(OPS_TEST_THING=THING):
        assert manager.get().options == {"size": 3, "colour": "red"}


def test_changing_its_settings_drops_the_backend_and_nothing_else_does(manager):
    first = manager.get()
    with override_settings(SITE_NAME="Something else"):
        assert manager.get() is first
    with override_settings(OPS_TEST_THING=THING):
        second = manager.get()
        assert second is not first and second.options["size"] == 3
    # Leaving the override is a change too: the default comes back.
    third = manager.get()
    assert third is not second and third.options["size"] == 1
    with override_settings(OPS_TEST_COLOUR="blue"):
        assert manager.get() is not third
    assert Thing.built == 4


def test_a_bad_setting_is_a_clear_error(manager):
    with (
        override_settings(OPS_TEST_THING={"BACKEND": "tests.ops.no_such.Thing"}),
        pytest.raises(ImproperlyConfigured, match="OPS_TEST_THING's BACKEND"),
    ):
        manager.get()
    with (
        override_settings(OPS_TEST_THING={"OPTIONS": {}}),
        pytest.raises(ImproperlyConfigured, match='"BACKEND"'),
    ):
        manager.get()


def test_page_cache_and_presence_store_use_it(settings):
    """Both settings are built by the manager and follow override_settings."""
    settings.PAGE_CACHE = {
        "BACKEND": "pagecache.backends.LocalPageCache",
        "OPTIONS": {"max_entries": 7},
    }
    cache = get_backend()
    assert isinstance(cache, LocalPageCache) and cache.max_entries == 7
    assert get_backend() is cache
    settings.PAGE_CACHE = {
        "BACKEND": "tests.pagecache.recording.RecordingPageCache",
        "OPTIONS": {},
    }
    assert type(get_backend()).__name__ == "RecordingPageCache"

    reset_store()
    settings.PRESENCE_STORE = {"BACKEND": "presence.stores.InMemoryStore"}
    settings.PRESENCE_TTL = 12
    store = get_store()
    assert isinstance(store, InMemoryStore) and store.ttl == 12
    assert get_store() is store
    settings.PRESENCE_TTL = 9
    assert get_store().ttl == 9
    reset_store()
