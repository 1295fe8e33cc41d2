"""Read-only query vocabulary for the newsroom (Wagtail's way)."""

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connections, models
from django.db.models import (
    BooleanField,
    Case,
    F,
    Func,
    Prefetch,
    Q,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Concat
from django.utils import timezone

from . import search


class ArticleQuerySet(models.QuerySet):
    @staticmethod
    def published_q(now=None, prefix=""):
        """
        The one definition of "published": released (published or scheduled)
        and its publication time has come.

        A scheduled article therefore appears on its own at its time, with no
        job to flip its status. ``prefix`` applies it across a relation
        (``"articles__"`` from a section).
        """
        now = now or timezone.now()
        return Q(
            **{
                f"{prefix}status__in": ("published", "scheduled"),
                f"{prefix}published_at__lte": now,
            }
        )

    def published(self, now=None):
        return self.filter(self.published_q(now))

    def not_published(self, now=None):
        return self.exclude(self.published_q(now))

    def scheduled(self, now=None):
        """Released articles whose publication time is still to come."""
        now = now or timezone.now()
        return self.filter(status__in=("published", "scheduled"), published_at__gt=now)

    def seconds_until_next_publication(self, now=None):
        """Seconds until the next scheduled article appears, or None."""
        now = now or timezone.now()
        first = (
            self.scheduled(now)
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )
        return None if first is None else (first - now).total_seconds()

    def lead_story(self):
        """The story editors flagged as the lead, else the newest one."""
        published = self.published().newest_first().for_listing()
        return published.filter(is_lead_story=True).first() or published.first()

    def newest_per_section(self, per_section=4):
        """The newest ``per_section`` articles of every section, one query."""
        from django.db.models import F, Window
        from django.db.models.functions import RowNumber

        return (
            self.published()
            .for_listing()
            .annotate(
                section_rank=Window(
                    RowNumber(),
                    partition_by=F("section_id"),
                    order_by=(F("published_at").desc(), F("pk").desc()),
                )
            )
            .filter(section_rank__lte=per_section)
            .order_by("section__position", "section__name", "section_rank")
        )

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def in_section(self, section):
        return self.filter(section=section)

    def about(self, topic):
        return self.filter(topics=topic)

    def by(self, author):
        return self.filter(authors=author)

    def visible_to(self, user):
        """
        The articles ``user`` may open in the newsroom (admin and preview).

        Every article for those who may publish, their own for Authors, none
        for anyone else: drafts and scheduled articles are not for readers,
        nor for other Authors walking the ids.
        """
        if not (user.is_active and user.is_staff):
            return self.none()
        if user.has_perm("articles.publish_article"):
            return self.all()
        if not (
            user.has_perm("articles.view_article")
            or user.has_perm("articles.change_article")
        ):
            return self.none()
        return self.filter(created_by=user)

    def for_listing(self):
        """What a teaser needs, in a fixed number of queries."""
        return self.select_related("section").only(
            "id",
            "headline",
            "slug",
            "lead",
            "published_at",
            "hero_image",
            "hero_width",
            "hero_height",
            "hero_alt",
            "hero_renditions",
            "section__name",
            "section__slug",
        )

    def for_page(self):
        """Everything an article page shows, in a fixed number of queries."""
        from .models import Author, Topic

        return self.select_related("section", "source").prefetch_related(
            Prefetch("topics", queryset=Topic.objects.order_by("name")),
            Prefetch("authors", queryset=Author.objects.order_by("name")),
        )

    def sharing_topics_with(self, article, limit=100):
        """Recent published articles with a topic in common, not ``article``."""
        return (
            self.published()
            .filter(topics__in=article.topics.all())
            .exclude(pk=article.pk)
            .distinct()
            .newest_first()[:limit]
        )

    def values_paths(self):
        """The public paths of these articles, without loading them whole."""
        from django.urls import reverse

        return [
            reverse("articles:detail", kwargs={"pk": pk, "slug": slug})
            for pk, slug in self.values_list("pk", "slug")
        ]

    def related_to(self, article, limit=4):
        """Published articles sharing a topic with ``article``, newest first."""
        topic_ids = [topic.pk for topic in article.topics.all()]
        if not topic_ids:
            return self.none()
        return (
            self.published()
            .filter(topics__in=topic_ids)
            .exclude(pk=article.pk)
            .distinct()
            .newest_first()
            .for_listing()[:limit]
        )

    def search(self, query):
        """
        Articles matching a reader's ``query``, best match first.

        PostgreSQL: the ``websearch`` syntax (``"a phrase"``, ``or``,
        ``-without``) over the stored weighted vector (headline A, lead B,
        body C), ranked by ``ts_rank``. Elsewhere: every word must appear in
        the headline, lead or body, case-folded in any script; a headline
        match counts most. Ties go to the newer article.
        """
        if connections[self.db].vendor == "postgresql":
            return self._search_postgresql(query)
        return self._search_fallback(query)

    def _search_postgresql(self, query):
        search_query = SearchQuery(
            search.normalise(query),
            search_type="websearch",
            config=search.SEARCH_CONFIG,
        )
        vector = search.StoredSearchVector()
        return (
            self.alias(search_vector=vector)
            .filter(search_vector=search_query)
            .annotate(rank=SearchRank(vector, search_query))
            .order_by("-rank", "-published_at", "-pk")
        )

    def _search_fallback(self, query):
        wanted, unwanted = search.fallback_terms(query)
        if not wanted and not unwanted:
            return self.none()
        fields = [
            (Func(F("headline"), function="portal_fold"), 4),
            (Func(F("lead"), function="portal_fold"), 2),
            (Func(F("body"), function="portal_fold_html"), 1),
        ]

        def found(text, word):
            return Func(
                text,
                Value(word),
                function="portal_starts_a_word",
                output_field=BooleanField(),
            )

        def anywhere(word):
            return Q(*(found(text, word) for text, _ in fields), _connector=Q.OR)

        queryset = self
        for word in wanted:
            queryset = queryset.filter(anywhere(word))
        for word in unwanted:
            queryset = queryset.exclude(anywhere(word))
        rank = sum(
            (
                Case(When(found(text, word), then=Value(weight)), default=Value(0))
                for word in wanted
                for text, weight in fields
            ),
            Value(0),
        )
        return queryset.annotate(rank=rank).order_by("-rank", "-published_at", "-pk")

    def highlighted(self, query):
        """
        Add ``search_headline`` and ``search_snippet`` for a results page.

        On PostgreSQL they come from ``ts_headline`` with marker characters
        around matches (``search.highlighted()`` escapes the text and turns
        them into ``<mark>``); elsewhere they are the headline and the lead.
        Computed for the rows fetched only, so only a page's worth.
        """
        if connections[self.db].vendor != "postgresql":
            return self.annotate(
                search_headline=F("headline"), search_snippet=F("lead")
            )
        search_query = SearchQuery(
            search.normalise(query),
            search_type="websearch",
            config=search.SEARCH_CONFIG,
        )
        options = {
            "config": search.SEARCH_CONFIG,
            "start_sel": search.START_SEL,
            "stop_sel": search.STOP_SEL,
        }
        body_text = Func(
            F("body"),
            Value("<[^>]*>"),
            Value(" "),
            Value("g"),
            function="regexp_replace",
            output_field=TextField(),
        )
        return self.annotate(
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


def seconds_until_next_publication():
    """The page cache's bound (``PAGE_CACHE_BOUND``): pages expire on time."""
    from .models import Article

    return Article.objects.seconds_until_next_publication()
