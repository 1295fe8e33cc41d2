from django.apps import AppConfig
from django.db.backends.signals import connection_created


class SearchConfig(AppConfig):
    """Readers' full-text search: one ``search()`` handing off to a backend."""

    name = "search"
    verbose_name = "Search"

    def ready(self):
        from .backends.fallback import register_sqlite_functions

        connection_created.connect(register_sqlite_functions)
