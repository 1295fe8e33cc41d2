"""Read-only query vocabulary for the newsroom (Wagtail's way)."""

from django.db import models
from django.db.models import Prefetch, Q
from django.utils import timezone


class ArticleQuerySet(models.QuerySet):
    @staticmethod
    def published_q(now=None):
        """
        The one definition of "published": released (published or scheduled)
        and its publication time has come.

        A scheduled article therefore appears on its own at its time, with no
        job to flip its status.
        """
        now = now or timezone.now()
        return Q(status__in=("published", "scheduled"), published_at__lte=now)

    def published(self, now=None):
        return self.filter(self.published_q(now))

    def not_published(self, now=None):
        return self.exclude(self.published_q(now))

    def scheduled(self, now=None):
        """Released articles whose publication time is still to come."""
        now = now or timezone.now()
        return self.filter(status__in=("published", "scheduled"), published_at__gt=now)

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
