"""PostgreSQL full-text search over the stored ``search_vector`` column."""

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVectorField,
)
from django.db.models import Expression, F, Func, TextField, Value
from django.db.models.functions import Concat

from .. import text
from .base import BaseSearchBackend


class StoredSearchVector(Expression):
    """The ``search_vector`` column that exists on PostgreSQL only."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        alias = compiler.query.get_initial_alias()
        column = connection.ops.quote_name("search_vector")
        return f"{compiler.quote_name_unless_alias(alias)}.{column}", []


def _search_query(query, language=None):
    return SearchQuery(
        text.normalise(query),
        search_type="websearch",
        config=text.search_config(language),
    )


class PostgresSearchBackend(BaseSearchBackend):
    def search(self, queryset, query, language=None):
        search_query = _search_query(query, language)
        vector = StoredSearchVector()
        return (
            queryset.alias(search_vector=vector)
            .filter(search_vector=search_query)
            .annotate(rank=SearchRank(vector, search_query))
            .order_by("-rank", "-published_at", "-pk")
        )

    def highlighted(self, queryset, query, language=None):
        """
        ``ts_headline`` with marker characters around matches
        (``text.highlighted()`` escapes the text and turns them into
        ``<mark>``).
        """
        search_query = _search_query(query, language)
        options = {
            "config": text.search_config(language),
            "start_sel": text.START_SEL,
            "stop_sel": text.STOP_SEL,
        }
        body_text = Func(
            F("body"),
            Value("<[^>]*>"),
            Value(" "),
            Value("g"),
            function="regexp_replace",
            output_field=TextField(),
        )
        return queryset.annotate(
            search_headline=SearchHeadline(
                "headline", search_query, highlight_all=True, **options
            ),
            search_snippet=SearchHeadline(
                Concat("lead", Value(" "), body_text, output_field=TextField()),
                search_query,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
                **options,
            ),
        )
