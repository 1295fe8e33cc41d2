"""
Search on any other database (SQLite in the embedded default).

Every word of the query must appear, case-folded in Python so Cyrillic
capitals match too: SQLite's own ``LIKE`` and ``lower()`` only fold ASCII.
"""

from django.db.models import BooleanField, Case, F, Func, Q, Value, When

from .. import text
from .base import BaseSearchBackend


def register_sqlite_functions(sender, connection, **kwargs):
    """Give each new SQLite connection the folding functions the fallback uses."""
    if connection.vendor != "sqlite":
        return
    connection.connection.create_function(
        "portal_fold", 1, text.fold, deterministic=True
    )
    connection.connection.create_function(
        "portal_fold_html", 1, text.fold_html, deterministic=True
    )
    connection.connection.create_function(
        "portal_starts_a_word", 2, text.starts_a_word, deterministic=True
    )


class FallbackSearchBackend(BaseSearchBackend):
    def search(self, queryset, query, language=None):
        wanted, unwanted = text.fallback_terms(query)
        if not wanted and not unwanted:
            return queryset.none()
        fields = [
            (Func(F("headline"), function="portal_fold"), 4),
            (Func(F("lead"), function="portal_fold"), 2),
            (Func(F("body"), function="portal_fold_html"), 1),
        ]

        def found(folded, word):
            return Func(
                folded,
                Value(word),
                function="portal_starts_a_word",
                output_field=BooleanField(),
            )

        def anywhere(word):
            return Q(*(found(folded, word) for folded, _ in fields), _connector=Q.OR)

        for word in wanted:
            queryset = queryset.filter(anywhere(word))
        for word in unwanted:
            queryset = queryset.exclude(anywhere(word))
        rank = sum(
            (
                Case(When(found(folded, word), then=Value(weight)), default=Value(0))
                for word in wanted
                for folded, weight in fields
            ),
            Value(0),
        )
        return queryset.annotate(rank=rank).order_by("-rank", "-published_at", "-pk")

    def highlighted(self, queryset, query, language=None):
        """The headline and the lead; the template marks the query's words."""
        return queryset.annotate(
            search_headline=F("headline"), search_snippet=F("lead")
        )
