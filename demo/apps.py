from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo newsroom: its content as data files, its loader and demo editor."""

    name = "demo"
    verbose_name = "Demo content"
