"""Read-only query vocabulary for the newsroom (Wagtail's way)."""

from django.db import models
from django.db.models import Case, F, Prefetch, Q, Value, When, Window
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils import timezone, translation

from search.queryset import SearchableQuerySetMixin

from .choices import RELEASED, Visibility


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
                f"{prefix}status__in": RELEASED,
                f"{prefix}published_at__lte": now,
            }
        )

    @staticmethod
    def scheduled_q(now=None, prefix=""):
        """Released, and its publication time is still to come."""
        now = now or timezone.now()
        return Q(
            **{
                f"{prefix}status__in": RELEASED,
                f"{prefix}published_at__gt": now,
            }
        )

    def published(self, now=None):
        return self.filter(self.published_q(now))

    def scheduled(self, now=None):
        """Released articles whose publication time is still to come."""
        return self.filter(self.scheduled_q(now))

    def hidden(self, now=None):
        """Neither live nor waiting for a time: drafts, and released articles
        without a publication time."""
        return self.exclude(self.published_q(now) | self.scheduled_q(now))

    def with_visibility(self, now=None):
        """Annotate ``visibility``: what readers see now (``Visibility``)."""
        now = now or timezone.now()
        return self.annotate(
            visibility=Case(
                When(self.published_q(now), then=Value(Visibility.LIVE)),
                When(self.scheduled_q(now), then=Value(Visibility.SCHEDULED)),
                default=Value(Visibility.HIDDEN),
                output_field=models.CharField(),
            )
        )

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

    @staticmethod
    def in_edition_q(edition, prefix=""):
        """Published in ``edition`` (a language code, ``Edition``)."""
        return Q(**{f"{prefix}edition": edition})

    def in_edition(self, edition):
        """The articles of one edition: each edition lists only its own."""
        return self.filter(self.in_edition_q(edition))

    def translations_of(self, article):
        """The other editions' versions of ``article`` (its translation group)."""
        return self.filter(translation_key=article.translation_key).exclude(
            pk=article.pk
        )

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
            "edition",
            "section__name",
            "section__name_uk",
            "section__slug",
        )

    def for_page(self):
        """Everything an article page shows, in a fixed number of queries."""
        return self.select_related("section", "source").prefetch_related(
            *(
                Prefetch(name, queryset=self._related(name).objects.order_by("name"))
                for name in ("topics", "authors")
            )
        )

    def _related(self, name):
        # The model at the other end of a relation, from the model's own
        # metadata: importing it would be a models <-> querysets circle.
        return self.model._meta.get_field(name).related_model

    def sharing_topics_with(self, article, limit=100):
        """Recent published articles with a topic in common, not ``article``."""
        return (
            self.published()
            .filter(topics__in=article.topics.all(), edition=article.edition)
            .exclude(pk=article.pk)
            .distinct()
            .newest_first()[:limit]
        )

    def values_paths(self):
        """The public paths of these articles, without loading them whole."""
        paths = []
        for pk, slug, edition in self.values_list("pk", "slug", "edition"):
            with translation.override(edition):
                paths.append(
                    reverse("articles:detail", kwargs={"pk": pk, "slug": slug})
                )
        return paths

    def related_to(self, article, limit=4):
        """Published articles sharing a topic with ``article``, newest first."""
        topic_ids = [topic.pk for topic in article.topics.all()]
        if not topic_ids:
            return self.none()
        return (
            self.published()
            .filter(topics__in=topic_ids, edition=article.edition)
            .exclude(pk=article.pk)
            .distinct()
            .newest_first()
            .for_listing()[:limit]
        )
