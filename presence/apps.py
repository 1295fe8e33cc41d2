from django.apps import AppConfig


class PresenceConfig(AppConfig):
    """The live "N visitors online" counter over websockets."""

    name = "presence"
    verbose_name = "Live counter"

    def ready(self):
        # Connect the store's setting_changed receiver.
        from . import stores  # noqa: F401
