from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Readers' full-text search: one ``search()`` handing off to a backend."""

    name = "search"
    verbose_name = "Search"
