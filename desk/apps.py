from django.apps import AppConfig


class DeskConfig(AppConfig):
    """The editors' live desk: who is reading what, right now, in the admin."""

    name = "desk"
    verbose_name = "Live desk"
