"""The one entry to search: ``Article.objects.published().search(query)``."""

from .backends import get_search_backend


class SearchableQuerySetMixin:
    """
    ``search()`` and ``highlighted()`` for a queryset, handed to the backend
    of the queryset's database (as ``wagtail/search/queryset.py`` does).
    """

    def search(self, query, language=None):
        """
        Rows matching a reader's ``query``, best match first.

        PostgreSQL: the ``websearch`` syntax (``"a phrase"``, ``or``,
        ``-without``) over the stored weighted vector (headline A, lead B,
        body C), ranked by ``ts_rank``. Elsewhere: every word must appear in
        the headline, lead or body, case-folded in any script; a headline
        match counts most. Ties go to the newer article.

        ``language`` is the edition searched: its text search configuration
        on PostgreSQL (``text.SEARCH_CONFIGS``); the fallback ignores it.
        """
        return get_search_backend(self.db).search(self, query, language)

    def highlighted(self, query, language=None):
        """
        Add ``search_headline`` and ``search_snippet`` for a results page.

        Computed for the rows fetched only, so only a page's worth.
        """
        return get_search_backend(self.db).highlighted(self, query, language)
