"""The newsroom's admin: where editors write, correct and publish."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from js_asset import Media as AssetMedia
from simple_history.admin import SimpleHistoryAdmin

from desk.admin import LiveReadersMixin

from . import services
from .choices import ArticleStatus, Visibility
from .forms import CONTENT_FIELDS, ArticleAdminForm, ImageUploadForm
from .models import Article, Author, Image, Section, Source, Topic
from .selectors import article_is_live

admin.site.site_header = "Newsroom"
admin.site.site_title = "Newsroom"
admin.site.index_title = "Write, correct and publish"

# Makes the admin's slug pre-filling use articles/slugs.py's rule.
SLUG_JS = "articles/admin/slugify.js"


def with_csp_nonce(request, media):
    """
    ``media`` with the request's CSP nonce (django-csp) on every tag.

    The rich-text editor loads through an inline ``<script type="importmap">``;
    under a Content-Security-Policy it runs only with the page's nonce.
    """
    nonce = getattr(request, "csp_nonce", None)
    # django-csp's lazy nonce reads as false until something reads it.
    if nonce is None:
        return media
    return AssetMedia.from_media(media, nonce=str(nonce))


def can_publish(request):
    return request.user.has_perm("articles.publish_article")


class SlugMedia:
    # Listing urlify.js first keeps Django's media merge from putting the
    # replacement before the original.
    js = ["admin/js/urlify.js", SLUG_JS]


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "name_uk", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    Media = SlugMedia


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "name_uk", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    Media = SlugMedia


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "slug"]
    search_fields = ["name", "role"]
    prepopulated_fields = {"slug": ["name"]}
    Media = SlugMedia


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "url"]
    search_fields = ["name", "url"]


class VisibilityFilter(admin.SimpleListFilter):
    """What readers see now, in the queryset's words (not just the status)."""

    title = "visibility"
    parameter_name = "visibility"

    def lookups(self, request, model_admin):
        # "draft" is the old address of "not live"; bookmarks keep working.
        return [
            ("live", Visibility.LIVE.label),
            ("scheduled", Visibility.SCHEDULED.label),
            ("draft", Visibility.HIDDEN.label),
        ]

    def queryset(self, request, queryset):
        if self.value() == "live":
            return queryset.published()
        if self.value() == "scheduled":
            return queryset.scheduled()
        if self.value() == "draft":
            return queryset.hidden()
        return queryset


@admin.register(Article)
class ArticleAdmin(LiveReadersMixin, SimpleHistoryAdmin):
    form = ArticleAdminForm
    list_display = [
        "headline",
        "edition",
        "reading_now",
        "state",
        "section",
        "published_at",
        "is_lead_story",
    ]
    list_filter = [
        "edition",
        VisibilityFilter,
        "status",
        "is_lead_story",
        "section",
        "topics",
        "authors",
        "published_at",
    ]
    list_select_related = ["section"]
    search_fields = ["headline", "lead", "slug"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["topics", "authors"]
    prepopulated_fields = {"slug": ["headline"]}
    list_per_page = 50
    save_on_top = True
    actions = ["publish_selected", "unpublish_selected", "translate_selected"]
    history_list_display = ["status", "version"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "base_version",
                    "save_anyway",
                    "edition",
                    "linked_versions",
                    "headline",
                    "slug",
                ]
            },
        ),
        (None, {"fields": ["lead", "body"]}),
        (
            "Hero image",
            {"fields": ["hero_image", "hero_alt", "hero_caption", "hero_credit"]},
        ),
        ("Filed under", {"fields": ["section", "topics", "authors", "source"]}),
        (
            "Publishing",
            {
                "fields": [
                    "status",
                    "published_at",
                    "is_lead_story",
                    "updated_at",
                    "correction",
                ],
                "description": "Scheduled articles appear on their own at "
                "their publication time. Changing the text of a live article "
                "shows readers the update time; add a correction note when "
                "a fact was wrong.",
            },
        ),
    ]
    # What only Editors (publish permission) may set.
    publishing_fields = [
        "status",
        "published_at",
        "is_lead_story",
        "updated_at",
        "correction",
    ]

    class Media(SlugMedia):
        css = {"all": ["articles/admin/article_form.css"]}

    @admin.display(description="status", ordering="visibility")
    def state(self, obj):
        """What readers see now, in ``with_visibility()``'s words."""
        if obj.visibility == Visibility.HIDDEN and obj.status == ArticleStatus.DRAFT:
            return ArticleStatus.DRAFT.label
        return Visibility(obj.visibility).label

    # Authors (no publish permission) see and edit only their own drafts.

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user).with_visibility()

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        if obj is None or can_publish(request):
            return True
        return (
            obj.created_by_id == request.user.pk and obj.status == ArticleStatus.DRAFT
        )

    @admin.display(description="versions in the other edition")
    def linked_versions(self, obj):
        """Each translation of this article, with its status, to open it."""
        if obj is None or obj.pk is None:
            return "A translation is made from a saved article (Translate action)."
        others = (
            Article.objects.translations_of(obj).with_visibility().order_by("edition")
        )
        if not others:
            return (
                "None yet: select this article in the list and choose "
                "“Translate into the other edition”."
            )
        return format_html_join(
            ", ",
            '<a href="{}" hreflang="{}">{}: {}</a> ({})',
            (
                (
                    reverse("admin:articles_article_change", args=[other.pk]),
                    other.edition,
                    other.get_edition_display(),
                    other.headline,
                    self.state(other),
                )
                for other in others
            ),
        )

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        readonly.append("linked_versions")
        if obj is not None and obj.pk is not None:
            # An article stays in its edition; the other edition gets a
            # translation (its own article in the same translation group).
            readonly.append("edition")
        if not can_publish(request):
            # Read-only fields are not taken from the POST at all, so a
            # forged request cannot publish either.
            readonly += self.publishing_fields
        return readonly

    def has_publish_permission(self, request):
        return can_publish(request)

    def save_model(self, request, obj, form, change):
        if not can_publish(request) and obj.status != ArticleStatus.DRAFT:
            raise PermissionDenied("Only editors can publish or schedule.")
        if not change:
            obj.created_by = request.user
        services.article_save(
            article=obj,
            saved_by=request.user,
            changed_fields=set(form.changed_data) & CONTENT_FIELDS,
            updated_at_set="updated_at" in form.changed_data,
        )

    def get_view_on_site_url(self, obj=None):
        if obj is None or obj.pk is None:
            return None
        if article_is_live(article=obj):
            return obj.get_absolute_url()
        return obj.get_preview_url()

    def render_change_form(self, request, context, *args, **kwargs):
        obj = context.get("original")
        if obj is not None and obj.pk:
            context["preview_url"] = obj.get_preview_url()
        return super().render_change_form(request, context, *args, **kwargs)

    def _current_or_404(self, request, object_id):
        """The article as stored, if this user may see it at all."""
        article = self.get_queryset(request).filter(pk=unquote(object_id)).first()
        if article is None:
            raise Http404("No article found.")
        return article

    def history_view(self, request, object_id, extra_context=None):
        self._current_or_404(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # django-simple-history saves a POSTed restore after checking only
        # the *view* permission: restoring is changing, so check that too.
        current = self._current_or_404(request, object_id)
        if request.method == "POST" and not self.has_change_permission(
            request, current
        ):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def render_history_view(self, request, template, context, **kwargs):
        if "adminform" in context:  # the revert form: the editor again
            # django-simple-history renders this without a TemplateResponse,
            # so ops.middleware.MediaNonceMiddleware cannot reach it.
            media = self.media + context["adminform"].form.media
            context["media"] = with_csp_nonce(request, media)
        return super().render_history_view(request, template, context, **kwargs)

    @admin.action(description="Publish selected articles now", permissions=["publish"])
    def publish_selected(self, request, queryset):
        count = 0
        for article in queryset:
            services.article_publish(article=article, published_by=request.user)
            count += 1
        self.message_user(request, f"Published {count} article(s).", messages.SUCCESS)

    @admin.action(
        description="Translate into the other edition (as drafts)",
        permissions=["add"],
    )
    def translate_selected(self, request, queryset):
        made = []
        for article in queryset:
            other = next(e for e in Article.Edition if e != article.edition)
            draft, created = services.article_translate(
                article=article, edition=other, translated_by=request.user
            )
            if created:
                made.append(draft)
        if len(made) == 1:
            # Straight to the draft, to translate it.
            return redirect("admin:articles_article_change", made[0].pk)
        self.message_user(
            request, f"Made {len(made)} translation draft(s).", messages.SUCCESS
        )
        return None

    @admin.action(
        description="Unpublish selected articles (back to draft)",
        permissions=["publish"],
    )
    def unpublish_selected(self, request, queryset):
        count = 0
        for article in queryset:
            services.article_unpublish(article=article, unpublished_by=request.user)
            count += 1
        self.message_user(request, f"Unpublished {count} article(s).", messages.SUCCESS)


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    list_display = ["thumbnail", "alt", "credit", "size", "uploaded_by", "uploaded_at"]
    list_display_links = ["thumbnail", "alt"]
    search_fields = ["alt", "caption", "credit"]
    readonly_fields = ["preview", "address"]
    fields = ["file", "preview", "address", "alt", "caption", "credit"]

    @admin.display(description="picture")
    def thumbnail(self, obj):
        return format_html(
            '<img src="{}" alt="" width="120" loading="lazy">', obj.best_url(480)
        )

    @admin.display(description="preview")
    def preview(self, obj):
        if not obj.pk:
            return "-"
        return format_html('<img src="{}" alt="" width="480">', obj.best_url(800))

    @admin.display(description="address to paste into the editor")
    def address(self, obj):
        return obj.best_url(1200) if obj.pk else "-"

    @admin.display(description="size")
    def size(self, obj):
        return f"{obj.width} × {obj.height}" if obj.width else ""

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)

    def get_urls(self):
        return [
            path(
                "picker/",
                self.admin_site.admin_view(self.picker_view),
                name="articles_image_picker",
            ),
        ] + super().get_urls()

    def picker_view(self, request):
        """
        The rich-text editor's picture chooser (opened in a popup window).

        Lists recent pictures and takes a new upload; choosing one hands its
        address back to the editor's dialog (image_picker.js).
        """
        if not self.has_view_permission(request):
            raise PermissionDenied
        can_add = self.has_add_permission(request)
        form = None
        if can_add:
            form = ImageUploadForm(request.POST or None, request.FILES or None)
            if request.method == "POST" and form.is_valid():
                image = form.save(commit=False)
                image.uploaded_by = request.user
                image.save()
                messages.success(request, "Uploaded. Choose it below.")
                return redirect(request.get_full_path())
        elif request.method == "POST":
            raise PermissionDenied
        images = self.get_queryset(request)
        query = request.GET.get("q", "").strip()[:100]
        if query:
            images = images.filter(
                Q(alt__icontains=query) | Q(caption__icontains=query)
            )
        context = {
            **self.admin_site.each_context(request),
            "title": "Choose a picture",
            "opts": self.model._meta,
            "images": images[:60],
            "form": form,
            "query": query,
            "func_num": request.GET.get("CKEditorFuncNum", ""),
            "add_url": reverse("admin:articles_image_add"),
            "is_popup": True,
        }
        return TemplateResponse(request, "admin/articles/image/picker.html", context)
