"""Breaking banners and live stories, kept beside the articles they mark."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

from articles.images import validate_image_file
from articles.sanitize import sanitize_html

from .querysets import BreakingQuerySet, LiveEntryQuerySet

DEFAULT_BREAKING = timedelta(hours=2)


def default_breaking_end():
    return timezone.now() + DEFAULT_BREAKING


class Breaking(models.Model):
    """
    An article marked as breaking news from ``starts_at`` until ``ends_at``.

    Clearing or shortening moves ``ends_at``; rows are kept, so the time a
    banner last went away is known without a job running at that moment.
    """

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="breaking_marks"
    )
    starts_at = models.DateTimeField(default=timezone.now)
    ends_at = models.DateTimeField(
        "breaking until", default=default_breaking_end, db_index=True
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = BreakingQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at", "-pk"]
        verbose_name = "breaking news mark"

    def __str__(self):
        return f"Breaking: {self.article}"

    def is_active(self, now=None):
        now = now or timezone.now()
        return self.starts_at <= now < self.ends_at


class LiveCoverage(models.Model):
    """An article told as a live story: when coverage started and ended."""

    article = models.OneToOneField(
        "articles.Article", on_delete=models.CASCADE, related_name="live_coverage"
    )
    started_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "live coverage"
        verbose_name_plural = "live coverage"

    def __str__(self):
        return f"Live: {self.article}"

    def is_live(self, now=None):
        return self.ended_at is None or self.ended_at > (now or timezone.now())


class LiveEntry(models.Model):
    """
    One update of a live story. Ids only grow, so a page that knows the
    last id it has can ask for exactly what it missed (``since``).
    """

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="live_entries"
    )
    time = models.DateTimeField(default=timezone.now, db_index=True)
    title = models.CharField(max_length=200, blank=True)
    body = models.TextField(
        help_text="Paragraphs, lists, quotes and links; the same HTML rules "
        "as article bodies."
    )
    image = models.ImageField(
        upload_to="live/%Y/%m/",
        blank=True,
        width_field="image_width",
        height_field="image_height",
        validators=[validate_image_file],
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_alt = models.CharField(
        "alt text", max_length=250, blank=True, help_text="What the image shows."
    )
    author = models.ForeignKey(
        "articles.Author",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="live_entries",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = LiveEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-time", "-pk"]
        verbose_name = "live entry"
        verbose_name_plural = "live entries"

    def __str__(self):
        return self.title or f"Entry {self.pk}"

    def save(self, *args, **kwargs):
        # In the save path, as for articles: no way of writing skips it.
        self.body = sanitize_html(self.body)
        if self.time is not None and self.time.microsecond:
            self.time = self.time.replace(microsecond=0)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#entry-{self.pk}"
