"""Create a demo editor on a fresh development database (``make run``)."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection


def is_embedded_database():
    """True for the SQLite file ``make run`` uses, not a server database."""
    return connection.vendor == "sqlite"


class Command(BaseCommand):
    help = (
        "On an empty embedded (SQLite) database with DEBUG on, create the user "
        "'editor' in the Editors group and print its random password once. "
        "Does nothing when any user exists; refuses when DEBUG is off."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor")

    def handle(self, *args, username="editor", **options):
        if not settings.DEBUG:
            raise CommandError(
                "Refusing to create a demo editor: DEBUG is off. Create real "
                "accounts with 'manage.py createsuperuser' or in the admin."
            )
        if not is_embedded_database():
            self.stdout.write("Not the embedded database; no demo editor created.")
            return
        User = get_user_model()
        if User.objects.exists():
            self.stdout.write("Users exist; no demo editor created.")
            return
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(
            username=username, password=password, is_staff=True
        )
        user.groups.add(Group.objects.get(name="Editors"))
        line = "=" * 60
        self.stdout.write(
            f"{line}\nDemo editor created. Sign in at /admin/ with\n"
            f"  user name: {username}\n  password:  {password}\n"
            f"This is shown only once.\n{line}"
        )
