"""
Forms: the admin's article form, which keeps editors from overwriting
each other, and the inline picture upload.
"""

from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join

from .models import Article, Image

# Fields whose change on a live article is a correction readers are told of.
CONTENT_FIELDS = {
    "headline",
    "lead",
    "body",
    "correction",
    "hero_image",
    "hero_alt",
    "hero_caption",
}


class ArticleAdminForm(forms.ModelForm):
    # The version the editor started from; a save over any other version is
    # refused (optimistic locking), so nobody's text is silently replaced.
    base_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    save_anyway = forms.BooleanField(
        required=False,
        widget=forms.HiddenInput,
        label="Save my version anyway",
        help_text="Replaces the other editor's changes with what is in this form.",
    )

    class Meta:
        model = Article
        exclude = []  # noqa: DJ006 -- every editable field, laid out by the admin
        widgets = {"lead": forms.Textarea(attrs={"rows": 3, "cols": 80})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            # From the database, not the instance: a revert form's instance
            # is an old version, but it is saved over the current one.
            self.fields["base_version"].initial = self._current_version() or 0
        if "edition" in self.fields:
            # A form that does not send one (an older page, a script) keeps
            # the article's edition: Ukrainian for a new article.
            self.fields["edition"].required = False

    def clean_edition(self):
        return self.cleaned_data.get("edition") or self.instance.edition

    def _current_version(self):
        if self.instance.pk is None:
            return None
        return (
            Article.objects.filter(pk=self.instance.pk)
            .values_list("version", flat=True)
            .first()
        )

    def clean(self):
        cleaned_data = super().clean()
        self._check_conflict(cleaned_data)
        self._check_publishing(cleaned_data)
        if cleaned_data.get("hero_image") and not cleaned_data.get("hero_alt"):
            self.add_error(
                "hero_alt",
                "Describe the picture for readers who cannot see it.",
            )
        return cleaned_data

    def _check_conflict(self, cleaned_data):
        if self.instance.pk is None:
            return
        current = self._current_version()
        if current is None:
            raise forms.ValidationError(
                "This article was deleted while you were editing it. Copy your "
                "text somewhere safe and add it again as a new article.",
                code="deleted",
            )
        if cleaned_data.get("base_version") == current or cleaned_data.get(
            "save_anyway"
        ):
            # Saving adds one to this, so the next editor sees a new version.
            self.instance.version = current
            return
        self.fields["save_anyway"].widget = forms.CheckboxInput()
        raise forms.ValidationError(
            self._conflict_message(cleaned_data.get("base_version"), current),
            code="conflict",
        )

    def _conflict_message(self, base_version, current):
        history = Article.history.filter(id=self.instance.pk)
        latest = history.filter(version=current).first()
        started_from = history.filter(version=base_version).first()
        who = ""
        if latest is not None:
            who = format_html(
                " ({}, at {})",
                latest.history_user or "someone",
                date_format(timezone.localtime(latest.history_date), "H:i"),
            )
        changed = ""
        if latest is not None and started_from is not None:
            delta = latest.diff_against(started_from)
            names = [
                str(Article._meta.get_field(name).verbose_name)
                for name in delta.changed_fields
                if name not in {"version", "modified_at"}
            ]
            if names:
                changed = format_html(
                    " They changed: {}.",
                    format_html_join(", ", "{}", ((n,) for n in names)),
                )
        change_url = reverse("admin:articles_article_change", args=[self.instance.pk])
        history_url = reverse("admin:articles_article_history", args=[self.instance.pk])
        return format_html(
            "Someone else saved this article after you opened it{}, so your "
            "changes were not saved.{} Your text is still in this form. "
            '<a href="{}" target="_blank" rel="noopener">Open the current '
            'version in a new tab</a> or <a href="{}" target="_blank" '
            'rel="noopener">compare the versions in the history</a>, copy what '
            "you need, or tick “Save my version anyway” below to replace "
            "theirs.",
            who,
            changed,
            change_url,
            history_url,
        )

    def _check_publishing(self, cleaned_data):
        status = cleaned_data.get("status")
        published_at = cleaned_data.get("published_at")
        if status == Article.Status.SCHEDULED:
            if not published_at:
                self.add_error("published_at", "Choose when the article should appear.")
            elif published_at <= timezone.now() and (
                {"status", "published_at"} & set(self.changed_data)
            ):
                self.add_error(
                    "published_at",
                    "A scheduled time must be in the future. To publish now, "
                    "choose “Published”.",
                )
        elif status == Article.Status.PUBLISHED and not published_at:
            cleaned_data["published_at"] = timezone.now()


class ImageUploadForm(forms.ModelForm):
    """Upload an inline picture from the editor's picker."""

    class Meta:
        model = Image
        fields = ["file", "alt", "caption", "credit"]
