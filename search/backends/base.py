"""What every search backend answers."""


class BaseSearchBackend:
    """
    Search and highlight articles of a queryset.

    Both take and return querysets, so they chain with the queryset's own
    vocabulary (``published()``, ``for_listing()``) and paginate lazily.
    """

    def search(self, queryset, query, language=None):
        """``queryset``'s rows matching ``query``, best match first."""
        raise NotImplementedError

    def highlighted(self, queryset, query, language=None):
        """``queryset`` with ``search_headline`` and ``search_snippet``."""
        raise NotImplementedError
