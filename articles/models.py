"""The newsroom: articles and what they are filed under."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django_prose_editor.fields import ProseEditorField
from simple_history.models import HistoricalRecords

from editions.choices import DEFAULT, Edition

from .choices import ArticleStatus
from .images import PictureField, rendition_name, srcset, validate_image_file
from .querysets import ArticleQuerySet
from .sanitize import EDITOR_EXTENSIONS, sanitize_html
from .slugs import slug_from_headline


def _editor_extensions():
    # The picture button opens the inline-image picker (an admin view).
    return EDITOR_EXTENSIONS | {
        "Figure": {"pickerUrl": reverse_lazy("admin:articles_image_picker")}
    }


class ArticleManager(models.Manager):
    """Manager whose query vocabulary comes from ``ArticleQuerySet``."""


class BilingualNamed(models.Model):
    """
    A name and description in both editions' languages, one ASCII slug.

    ``name`` and ``description`` are the English ones (what the site had
    before the Ukrainian edition); ``name_uk`` and ``description_uk`` the
    Ukrainian ones, falling back to English while empty.
    """

    name_uk = models.CharField("name (Ukrainian)", max_length=80, blank=True)
    description_uk = models.TextField("description (Ukrainian)", blank=True)

    class Meta:
        abstract = True

    @property
    def local_name(self):
        """The name in the active language (the edition being rendered)."""
        if translation.get_language() == Edition.UK and self.name_uk:
            return self.name_uk
        return self.name

    @property
    def local_description(self):
        if translation.get_language() == Edition.UK and self.description_uk:
            return self.description_uk
        return self.description


class Section(BilingualNamed):
    """A part of the paper: Politics, Economy, Sport…"""

    name = models.CharField("name (English)", max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField("description (English)", blank=True)
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Order in the navigation, smallest first."
    )

    class Meta:
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:section", kwargs={"slug": self.slug})

    def get_rss_url(self):
        return reverse("articles:section-rss", kwargs={"slug": self.slug})

    def get_atom_url(self):
        return reverse("articles:section-atom", kwargs={"slug": self.slug})


class Topic(BilingualNamed):
    """A subject that cuts across sections: energy, football, Kyiv…"""

    name = models.CharField("name (English)", max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField("description (English)", blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:topic", kwargs={"slug": self.slug})

    def get_rss_url(self):
        return reverse("articles:topic-rss", kwargs={"slug": self.slug})

    def get_atom_url(self):
        return reverse("articles:topic-atom", kwargs={"slug": self.slug})


class Author(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    role = models.CharField(max_length=120, blank=True)
    bio = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:author", kwargs={"slug": self.slug})

    # Listings show sections, topics and authors alike.
    local_name = property(lambda self: self.name)
    local_description = property(lambda self: self.bio)


class Source(models.Model):
    """Who reported a story first: an agency, a press office, our own staff."""

    name = models.CharField(max_length=120, unique=True)
    url = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Article(models.Model):
    Status = ArticleStatus
    Edition = Edition

    # Which edition publishes it: its language. A translation is another
    # article in the other edition with the same translation_key (as
    # Wagtail links the locales of a page), with its own slug, status,
    # schedule and revisions.
    edition = models.CharField(
        max_length=2, choices=Edition.choices, default=DEFAULT, db_index=True
    )
    translation_key = models.UUIDField(
        default=uuid.uuid4,
        editable=False,
        db_index=True,
        help_text="Shared by an article and its translations.",
    )

    headline = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=140,
        unique=True,
        blank=True,
        help_text="Part of the address. Filled from the headline when empty.",
    )
    lead = models.TextField(help_text="One or two sentences, plain text.")
    body = ProseEditorField(
        blank=True,
        extensions=_editor_extensions(),
        sanitize=sanitize_html,
        help_text="Sub-headings, paragraphs, quotes, lists, pictures and links.",
    )

    hero_image = PictureField(
        upload_to="heroes/%Y/%m/",
        blank=True,
        width_field="hero_width",
        height_field="hero_height",
        validators=[validate_image_file],
        help_text="JPEG, PNG, WebP or GIF, at least 1,200 px wide for the best result.",
    )
    hero_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    hero_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    hero_alt = models.CharField(
        "alt text", max_length=250, blank=True, help_text="What the image shows."
    )
    hero_caption = models.CharField("caption", max_length=300, blank=True)
    hero_credit = models.CharField("credit", max_length=120, blank=True)

    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        "publication time", null=True, blank=True, db_index=True
    )
    updated_at = models.DateTimeField(
        "update time",
        null=True,
        blank=True,
        help_text="Shown to readers when a published article was corrected.",
    )
    correction = models.TextField("correction note", blank=True)

    section = models.ForeignKey(
        Section, on_delete=models.PROTECT, related_name="articles"
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="articles")
    authors = models.ManyToManyField(Author, blank=True, related_name="articles")
    source = models.ForeignKey(
        Source,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
    )
    is_lead_story = models.BooleanField(
        "lead story",
        default=False,
        help_text="Show at the top of the front page.",
    )

    # Narrower copies of the hero image for srcset: {"source": name,
    # "widths": [480, 800]}; remade when the hero image changes.
    hero_renditions = models.JSONField(default=dict, blank=True, editable=False)

    # Optimistic locking: every save adds one, and an editor's form refuses
    # to save over a version it did not start from (see admin.py).
    version = models.PositiveIntegerField(default=0, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)

    objects = ArticleManager.from_queryset(ArticleQuerySet)()
    history = HistoricalRecords(
        # Text and publishing fields; topics and authors are not versioned
        # (m2m history would add a record per relation on every save).
        excluded_fields=["hero_renditions", "modified_at"],
    )

    class Meta:
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["status", "published_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "edition"],
                name="articles_one_translation_per_edition",
            )
        ]
        permissions = [
            ("publish_article", "Can publish, schedule and unpublish articles"),
        ]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        # In the save path so no way of writing an article skips it.
        self.body = sanitize_html(self.body)
        # Whole seconds, as the admin's date and time fields show them, so
        # a form saved unchanged does not change (or seem to change) them.
        for name in ("published_at", "updated_at"):
            value = getattr(self, name)
            if value is not None and value.microsecond:
                setattr(self, name, value.replace(microsecond=0))
        if not self.slug:
            self.slug = self._unique_slug()
        self.version = (self.version or 0) + 1
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "version" not in update_fields:
            kwargs["update_fields"] = {*update_fields, "version", "body"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        # In the article's own edition, whichever edition is rendering.
        with translation.override(self.edition):
            return reverse("articles:detail", kwargs={"pk": self.pk, "slug": self.slug})

    def _unique_slug(self):
        base = slug_from_headline(self.headline)
        slug, n = base, 2
        while Article.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug = f"{base}-{n}"
            n += 1
        return slug

    @property
    def is_corrected(self):
        return bool(self.updated_at and self.published_at)

    def get_preview_url(self):
        with translation.override(self.edition):
            return reverse("articles:preview", kwargs={"pk": self.pk})

    def hero_srcset(self):
        """``srcset`` for the hero image: its renditions and the original."""
        if not self.hero_image:
            return ""
        renditions = self.hero_renditions or {}
        widths = (
            renditions.get("widths", [])
            if renditions.get("source") == self.hero_image.name
            else []
        )
        return srcset(self.hero_image, widths, self.hero_width)


class Image(models.Model):
    """
    A picture for article bodies, uploaded once and picked in the editor.

    Files go through the same checks as hero images.
    """

    file = PictureField(
        upload_to="images/%Y/%m/",
        width_field="width",
        height_field="height",
        validators=[validate_image_file],
        help_text="JPEG, PNG, WebP or GIF.",
    )
    width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    alt = models.CharField(
        "alt text", max_length=250, help_text="What the picture shows."
    )
    caption = models.CharField(max_length=300, blank=True)
    credit = models.CharField(max_length=120, blank=True)
    renditions = models.JSONField(default=dict, blank=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-uploaded_at", "-pk"]
        verbose_name = "inline image"

    def __str__(self):
        return self.alt or self.file.name

    def get_absolute_url(self):
        return self.file.url

    def best_url(self, width=1200):
        """The rendition at ``width`` when there is one, else the original."""
        widths = self.renditions.get("widths", [])
        if self.renditions.get("source") == self.file.name and width in widths:
            return self.file.storage.url(rendition_name(self.file.name, width))
        return self.file.url
