"""Read-only query vocabulary for the newsroom (Wagtail's way)."""

from django.db import models
from django.db.models import Prefetch, Q
from django.utils import timezone

from search.queryset import SearchableQuerySetMixin


class ArticleQuerySet(SearchableQuerySetMixin, models.QuerySet):
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


def seconds_until_next_publication():
    """The page cache's bound (``PAGE_CACHE_BOUND``): pages expire on time."""
    from .models import Article

    return Article.objects.seconds_until_next_publication()
