"""
The search backends, one per kind of database, chosen per query.

As ``wagtail/search/backends/database/`` does: PostgreSQL gets its full-text
search; any other database (SQLite in the embedded default) the fallback.
"""

from django.db import connections

from .fallback import FallbackSearchBackend
from .postgres import PostgresSearchBackend

BACKENDS = {"postgresql": PostgresSearchBackend}


def get_search_backend(using="default"):
    """The backend for the database ``using`` (a ``DATABASES`` alias)."""
    return BACKENDS.get(connections[using].vendor, FallbackSearchBackend)()
