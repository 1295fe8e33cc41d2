"""``make run`` creates a demo editor once, only in development."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from demo.management.commands import create_demo_editor as command

pytestmark = pytest.mark.django_db


def run(**kwargs):
    out = io.StringIO()
    call_command("create_demo_editor", stdout=out, **kwargs)
    return out.getvalue()


def test_only_sqlite_counts_as_embedded():
    from django.db import connection

    assert command.is_embedded_database() == (connection.vendor == "sqlite")


def test_refused_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        run()
    assert not get_user_model().objects.exists()


def test_created_once_on_an_empty_embedded_database(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setattr(command, "is_embedded_database", lambda: True)
    output = run()
    password = output.split("password:")[1].split()[0]
    user = get_user_model().objects.get(username="editor")
    assert user.check_password(password)
    assert user.is_staff
    assert user.has_perm("articles.publish_article")
    assert "password" not in run()


def test_not_on_a_server_database(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setattr(command, "is_embedded_database", lambda: False)
    assert "Not the embedded database" in run()
    assert not get_user_model().objects.exists()
