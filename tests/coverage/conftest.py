import pytest
from django.contrib.auth.models import Group

from coverage.broadcast import get_broadcast
from pagecache.backends import get_backend
from tests.factories import ArticleFactory, UserFactory


@pytest.fixture
def broadcast(settings):
    settings.COVERAGE_BROADCAST = {
        "BACKEND": "tests.coverage.recording.RecordingBroadcast"
    }
    return get_broadcast()


@pytest.fixture
def recorder(settings):
    settings.PAGE_CACHE = {"BACKEND": "tests.pagecache.recording.RecordingPageCache"}
    return get_backend()


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run a change and its on-commit work, as a real commit would."""

    def run(change):
        with django_capture_on_commit_callbacks(execute=True):
            return change()

    return run


@pytest.fixture
def editor(db):
    assert Group.objects.filter(name="Editors").exists()
    return UserFactory(username="editor", groups=["Editors"])


@pytest.fixture
def author_user(db):
    return UserFactory(username="writer", groups=["Authors"])


@pytest.fixture
def article(db):
    return ArticleFactory(headline="Blackout across the east")
