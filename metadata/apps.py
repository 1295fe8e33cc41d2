from django.apps import AppConfig


class MetadataConfig(AppConfig):
    """What machines read about a page: canonical links, OpenGraph, JSON-LD, robots."""

    name = "metadata"
    verbose_name = "Page metadata"
