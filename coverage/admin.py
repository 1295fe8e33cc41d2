"""
Breaking news and live entries in the newsroom's article admin.

The article admin is the articles app's; this module extends the class
registered there (whatever it is by now) with the live entries inline, the
breaking-news actions and the change form's coverage panel, so neither app
edits the other's admin.
"""

from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from articles.models import Article

from . import services
from .models import Breaking, LiveCoverage, LiveEntry

# What an editor may choose for a banner's remaining time, in minutes.
BREAKING_DURATIONS = [
    (15, "15 minutes"),
    (30, "30 minutes"),
    (60, "1 hour"),
    (120, "2 hours"),
    (240, "4 hours"),
    (360, "6 hours"),
]
DEFAULT_DURATION = 120


class LiveEntryForm(forms.ModelForm):
    class Meta:
        model = LiveEntry
        fields = ["time", "title", "body", "image", "image_alt", "author"]
        widgets = {"body": forms.Textarea(attrs={"rows": 5, "cols": 80})}
        help_texts = {
            "body": "Plain text (a blank line starts a paragraph) or HTML as in "
            "article bodies: <p>, <a href>, <strong>, <em>, lists and quotes. "
            "Anything else is removed on save.",
        }

    def clean_body(self):
        body = self.cleaned_data["body"]
        if "<" not in body:
            # Plain text typed in a hurry: blank lines make paragraphs.
            paragraphs = [p.strip() for p in body.replace("\r", "").split("\n\n")]
            body = "".join(
                format_html("<p>{}</p>", p).replace("\n", "<br>")
                for p in paragraphs
                if p
            )
        return body

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("image") and not cleaned.get("image_alt"):
            self.add_error(
                "image_alt", "Describe the image for readers who cannot see it."
            )
        return cleaned


class LiveEntryInline(admin.StackedInline):
    """A live story's entries, newest first, under the article's fields."""

    model = LiveEntry
    form = LiveEntryForm
    extra = 1
    autocomplete_fields = ["author"]
    verbose_name = "live entry"
    verbose_name_plural = (
        "live entries (a live story: readers with the page open get them at once)"
    )


base = type(admin.site.get_model_admin(Article))


class CoverageArticleAdmin(base):
    inlines = [*base.inlines, LiveEntryInline]
    # On top of whatever change form the admin had (the desk's live readers).
    change_form_template = "coverage/article_change_form.html"
    actions = [*base.actions, "mark_breaking", "clear_breaking", "end_coverage"]

    def has_breaking_permission(self, request):
        return services.can_mark_breaking(request.user)

    def get_urls(self):
        return [
            path(
                "<path:object_id>/coverage/",
                self.admin_site.admin_view(self.coverage_view),
                name="articles_article_coverage",
            ),
        ] + super().get_urls()

    def _article_or_404(self, request, object_id):
        article = self.get_queryset(request).filter(pk=unquote(object_id)).first()
        if article is None:
            raise Http404("No article found.")
        return article

    def coverage_view(self, request, object_id):
        """The change form's coverage panel posts here."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = self._article_or_404(request, object_id)
        action = request.POST.get("action", "")
        change_url = reverse("admin:articles_article_change", args=[article.pk])
        if action in ("breaking", "clear"):
            # Checked here, on the server: the panel only hides the buttons.
            if not self.has_breaking_permission(request):
                raise PermissionDenied("Only editors can mark breaking news.")
            try:
                message = self._breaking(request, article, action)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
            else:
                self.message_user(request, message, messages.SUCCESS)
        elif action in ("end", "resume"):
            if not self.has_change_permission(request, article):
                raise PermissionDenied
            if action == "end":
                services.coverage_end(article=article)
                self.message_user(request, "Live coverage ended.", messages.SUCCESS)
            else:
                services.coverage_start(article=article)
                self.message_user(request, "Live coverage resumed.", messages.SUCCESS)
        else:
            self.message_user(request, "Unknown action.", messages.ERROR)
        return redirect(change_url)

    def _breaking(self, request, article, action):
        now = timezone.now()
        if action == "clear":
            banner = Breaking.objects.running(now).filter(article=article).first()
            if banner is None:
                return "This article was not breaking news."
            services.breaking_set_end(
                banner=banner, ends_at=now, changed_by=request.user, now=now
            )
            return "Breaking news cleared."
        try:
            minutes = int(request.POST.get("minutes", DEFAULT_DURATION))
        except ValueError:
            minutes = 0
        if minutes not in dict(BREAKING_DURATIONS):
            raise ValidationError("Choose how long the article stays breaking news.")
        ends_at = now + timedelta(minutes=minutes)
        banner = Breaking.objects.running(now).filter(article=article).first()
        if banner is not None:
            services.breaking_set_end(
                banner=banner, ends_at=ends_at, changed_by=request.user, now=now
            )
        else:
            services.breaking_start(
                article=article, started_by=request.user, ends_at=ends_at, now=now
            )
        local = timezone.localtime(ends_at)
        return f"Breaking news until {local:%H:%M}."

    def render_change_form(self, request, context, *args, **kwargs):
        context["coverage_parent_template"] = (
            base.change_form_template or "admin/change_form.html"
        )
        obj = context.get("original")
        if obj is not None and obj.pk:
            now = timezone.now()
            context["coverage_panel"] = {
                "url": reverse("admin:articles_article_coverage", args=[obj.pk]),
                "can_mark": self.has_breaking_permission(request),
                "can_change": self.has_change_permission(request, obj),
                "is_published": Article.objects.published(now)
                .filter(pk=obj.pk)
                .exists(),
                "banner": Breaking.objects.running(now).filter(article=obj).first(),
                "other": Breaking.objects.current(now),
                "coverage": LiveCoverage.objects.filter(article=obj).first(),
                "durations": BREAKING_DURATIONS,
                "default_duration": DEFAULT_DURATION,
            }
        return super().render_change_form(request, context, *args, **kwargs)

    def save_formset(self, request, form, formset, change):
        if formset.model is not LiveEntry:
            return super().save_formset(request, form, formset, change)
        # Through the services, so entries are written one way only.
        entries = formset.save(commit=False)
        for entry in formset.deleted_objects:
            services.entry_delete(entry=entry)
        for entry in entries:
            if entry.pk is None:
                services.entry_create(
                    article=form.instance,
                    body=entry.body,
                    title=entry.title,
                    time=entry.time,
                    image=entry.image or None,
                    image_alt=entry.image_alt,
                    author=entry.author,
                    created_by=request.user,
                )
            else:
                services.entry_update(entry=entry)

    @admin.action(
        description="Mark the selected article as breaking news (2 hours)",
        permissions=["breaking"],
    )
    def mark_breaking(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(
                request,
                "Choose exactly one article: one banner shows at a time.",
                messages.ERROR,
            )
            return
        try:
            services.breaking_start(article=queryset.get(), started_by=request.user)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
        else:
            self.message_user(request, "Breaking news for 2 hours.", messages.SUCCESS)

    @admin.action(description="Clear breaking news", permissions=["breaking"])
    def clear_breaking(self, request, queryset):
        services.breaking_clear(cleared_by=request.user)
        self.message_user(request, "Breaking news cleared.", messages.SUCCESS)

    @admin.action(description="End live coverage of the selected articles")
    def end_coverage(self, request, queryset):
        count = 0
        for article in queryset:
            if self.has_change_permission(request, article):
                services.coverage_end(article=article)
                count += 1
        self.message_user(request, f"Ended live coverage of {count} article(s).")


admin.site.unregister(Article)
admin.site.register(Article, CoverageArticleAdmin)


@admin.register(Breaking)
class BreakingAdmin(admin.ModelAdmin):
    """The history of breaking news marks (read only: use the article)."""

    list_display = ["article", "starts_at", "ends_at", "started_by"]
    list_select_related = ["article", "started_by"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
