from django.apps import AppConfig


class EditionsConfig(AppConfig):
    """Two editions of one site: which one a request is in, and the switch."""

    name = "editions"
    verbose_name = "Editions"
