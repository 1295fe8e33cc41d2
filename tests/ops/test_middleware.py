import re

import pytest
from django.conf import settings

pytestmark = pytest.mark.urls("tests.ops.urls")


def test_a_database_outage_answers_503_in_the_sites_look(client):
    """OperationalError becomes a 503 page that no cache keeps."""
    response = client.get("/down/")
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert response["Cache-Control"] == "no-store"
    body = response.content.decode()
    assert "Повернемося за мить" in body
    assert 'class="site-header"' in body
    assert "/static/css/site.css" in body


def test_other_errors_stay_500(client):
    """Only database outages become 503; a bug is still a 500."""
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 500


@pytest.mark.django_db
def test_public_pages_carry_a_strict_policy_without_a_nonce(client):
    """The public header is the same for every reader, so caches can keep it."""
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "script-src 'self'" in policy
    assert "nonce-" not in policy
    assert "unsafe-inline" not in policy
    assert "connect-src 'self' ws://testserver" in policy
    assert "frame-ancestors 'none'" in policy


def test_the_editor_import_map_carries_the_policy_nonce(client):
    """The prose editor's inline import map is allowed by the request's nonce."""
    response = client.get("/editor/")
    policy = response["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    body = response.content.decode()
    assert f'<script type="importmap" nonce="{nonce}">' in body
    assert "django_prose_editor/editor" in body
    for style_hash in settings.PROSE_EDITOR_STYLE_HASHES:
        assert style_hash in policy
