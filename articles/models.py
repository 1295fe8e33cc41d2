"""The newsroom: articles and what they are filed under."""

from django.db import models
from django.urls import reverse

from .querysets import ArticleQuerySet
from .sanitize import sanitize_html
from .slugs import slug_from_headline


class ArticleManager(models.Manager):
    """Manager whose query vocabulary comes from ``ArticleQuerySet``."""


class Section(models.Model):
    """A part of the paper: Politics, Economy, Sport…"""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Order in the navigation, smallest first."
    )

    class Meta:
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:section", kwargs={"slug": self.slug})


class Topic(models.Model):
    """A subject that cuts across sections: energy, football, Kyiv…"""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:topic", kwargs={"slug": self.slug})


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


class Source(models.Model):
    """Who reported a story first: an agency, a press office, our own staff."""

    name = models.CharField(max_length=120, unique=True)
    url = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SCHEDULED = "scheduled", "Scheduled"
        PUBLISHED = "published", "Published"

    headline = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=140,
        unique=True,
        blank=True,
        help_text="Part of the address. Filled from the headline when empty.",
    )
    lead = models.TextField(help_text="One or two sentences, plain text.")
    body = models.TextField(blank=True, help_text="Sanitised HTML.")

    hero_image = models.ImageField(
        upload_to="heroes/%Y/%m/",
        blank=True,
        width_field="hero_width",
        height_field="hero_height",
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

    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)

    objects = ArticleManager.from_queryset(ArticleQuerySet)()

    class Meta:
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["status", "published_at"])]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        # In the save path so no way of writing an article skips it.
        self.body = sanitize_html(self.body)
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"pk": self.pk, "slug": self.slug})

    def _unique_slug(self):
        base = slug_from_headline(self.headline)
        slug, n = base, 2
        while Article.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug = f"{base}-{n}"
            n += 1
        return slug

    def get_cached_paths(self):
        """
        Every public path that shows this article: its page, the front page,
        the latest news, its section, topics and authors, and the pages of
        articles that list it as related.
        """
        paths = {self.get_absolute_url(), "/", "/news/"}
        if self.section_id:
            paths.add(self.section.get_absolute_url())
        if self.pk:
            paths.update(t.get_absolute_url() for t in self.topics.all())
            paths.update(a.get_absolute_url() for a in self.authors.all())
            paths.update(Article.objects.sharing_topics_with(self).values_paths())
        return paths

    @property
    def is_corrected(self):
        return bool(self.updated_at and self.published_at)
