"""Read-only vocabulary of breaking news and live stories."""

from django.db import models
from django.db.models import Q
from django.utils import timezone


class BreakingQuerySet(models.QuerySet):
    @staticmethod
    def active_q(now=None):
        """The one definition of "active": started, not yet at its end."""
        now = now or timezone.now()
        return Q(starts_at__lte=now, ends_at__gt=now)

    def running(self, now=None):
        """Marks whose time is now, whatever their article's state."""
        return self.filter(self.active_q(now))

    def active(self, now=None):
        """The banners showing now (at most one, by ``breaking_start``)."""
        from articles.models import Article

        return self.filter(
            self.active_q(now),
            article__in=Article.objects.published(now),
        )

    def current(self, now=None):
        """The banner showing now, or None; the newest wins a tie."""
        return (
            self.active(now)
            .select_related("article")
            .order_by("-starts_at", "-pk")
            .first()
        )

    def seconds_until_end(self, now=None):
        """Seconds until the showing banner ends, or None."""
        now = now or timezone.now()
        banner = self.current(now)
        return None if banner is None else (banner.ends_at - now).total_seconds()

    def last_ended_at(self, now=None):
        """When a banner last stopped showing (cleared or expired), or None."""
        now = now or timezone.now()
        return (
            self.filter(ends_at__lte=now)
            .order_by("-ends_at")
            .values_list("ends_at", flat=True)
            .first()
        )


class LiveEntryQuerySet(models.QuerySet):
    def of(self, article):
        return self.filter(article=article)

    def newest_first(self):
        return self.order_by("-time", "-pk")

    def since(self, entry_id):
        """Entries added after the entry ``entry_id``, oldest first."""
        return self.filter(pk__gt=entry_id).order_by("pk")

    def for_page(self):
        return self.select_related("author")


def seconds_until_breaking_ends():
    """A page cache bound (``PAGE_CACHE_BOUND``): no page outlives a banner."""
    from .models import Breaking

    return Breaking.objects.seconds_until_end()


def breaking_last_ended(now=None):
    """When a banner last went away (``CONTENT_CHANGED_AT``), or None."""
    from .models import Breaking

    return Breaking.objects.last_ended_at(now)
