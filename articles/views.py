"""Reader-facing pages: thin views over the queryset vocabulary."""

from itertools import groupby

from asgiref.sync import sync_to_async
from django.conf import settings
from django.contrib.flatpages.views import flatpage
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.utils.decorators import method_decorator
from django.views.decorators.cache import cache_control
from django.views.decorators.http import last_modified, require_safe
from django.views.generic import TemplateView

from pagecache.decorators import PublicPageMixin, public_page
from presence.tracker import last_summary, site_summary

from .forms import SearchForm
from .models import Article, Author, Section, Topic
from .pagination import paginate
from .selectors import articles_most_read, content_last_modified

# Pages send Last-Modified and answer If-Modified-Since with 304 before they
# are rendered; ConditionalGetMiddleware adds the ETag.
conditional = method_decorator(last_modified(content_last_modified), name="dispatch")

TOP_STORIES = 4
LATEST_COLUMN = 12
# How long a "most read now" block may be kept by any cache.
MOST_READ_SECONDS = 5


@conditional
class HomeView(PublicPageMixin, TemplateView):
    """The front page: lead story, top stories, latest news, sections."""

    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        lead = Article.objects.lead_story()
        newest = list(
            Article.objects.published()
            .newest_first()
            .for_listing()[: TOP_STORIES + LATEST_COLUMN + 1]
        )
        others = [a for a in newest if a != lead]
        sections = [
            (section, list(articles))
            for section, articles in groupby(
                Article.objects.newest_per_section(), key=lambda a: a.section
            )
        ]
        return super().get_context_data(
            lead=lead,
            top_stories=others[:TOP_STORIES],
            latest=newest[:LATEST_COLUMN],
            sections=sections,
            # The last ranking this process knows, without I/O; the block
            # refreshes itself from most_read_now.
            most_read=articles_most_read(pages=last_summary()["pages"]),
            **kwargs,
        )


@conditional
class ArticleListView(PublicPageMixin, TemplateView):
    """A paginated list of published articles, newest first."""

    template_name = "articles/article_list.html"
    title = "Latest news"

    def get_articles(self):
        return Article.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        articles = self.get_articles().newest_first().for_listing()
        context["page_obj"] = paginate(self.request, articles)
        context["title"] = self.title
        return context


class LatestNewsView(ArticleListView):
    pass


class FiledUnderView(ArticleListView):
    """Articles filed under one section, topic or author (``model``)."""

    model = None
    has_feed = False
    lookup = None
    template_name = "articles/filed_under.html"

    def get_articles(self):
        self.owner = get_object_or_404(self.model, slug=self.kwargs["slug"])
        return Article.objects.published().filter(**{self.lookup: self.owner})

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["owner"] = self.owner
        context["feed_owner"] = self.owner if self.has_feed else None
        context["owner_kind"] = self.model._meta.verbose_name
        context["title"] = self.owner.name
        context["hide_section"] = getattr(self, "hide_section", False)
        return context


class SectionView(FiledUnderView):
    model = Section
    lookup = "section"
    has_feed = True
    hide_section = True  # every teaser would repeat it


class TopicView(FiledUnderView):
    model = Topic
    lookup = "topics"
    has_feed = True


class AuthorView(FiledUnderView):
    model = Author
    lookup = "authors"


@conditional
class ArticleDetailView(PublicPageMixin, TemplateView):
    template_name = "articles/article_detail.html"

    def get(self, request, pk, slug=None):
        article = get_object_or_404(Article.objects.published().for_page(), pk=pk)
        if slug != article.slug:
            # Old or mistyped slugs keep working, at one address.
            return redirect(article, permanent=True)
        return self.render_to_response(
            self.get_context_data(
                article=article,
                related=Article.objects.related_to(article),
            )
        )


class ArticlePreviewView(ArticleDetailView):
    """
    An article, draft or scheduled, exactly as readers will see it.

    The admin's rule decides who may (``visible_to``): Editors any article,
    Authors their own. Anyone else gets the same 404 as for a missing
    article, so previews do not reveal what is being prepared. Never cached
    anywhere.
    """

    def get(self, request, pk):
        articles = Article.objects.visible_to(request.user).for_page()
        article = get_object_or_404(articles, pk=pk)
        response = self.render_to_response(
            self.get_context_data(
                article=article,
                related=Article.objects.related_to(article),
                is_preview=True,
            )
        )
        patch_cache_control(response, private=True, no_store=True)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes' lockout page: the admin's login page, with the reason."""
    from axes.helpers import get_cool_off, get_failure_limit
    from django.contrib import admin

    from ops.login_limits import exceeded_limit

    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    exceeded = exceeded_limit(request, credentials)
    context = {
        **admin.site.each_context(request),
        "title": "Log in",
        "failure_limit": exceeded[1]
        if exceeded
        else get_failure_limit(request, credentials),
        # The address-wide limit: no user name may sign in from there.
        "whole_address": bool(exceeded) and "username" not in exceeded[0],
        "cooloff_minutes": minutes,
    }
    return render(request, "admin/locked_out.html", context, status=429)


@public_page
def simple_page(request, url):
    """A page editors maintain (about, contacts, privacy), cached like news."""
    return flatpage(request, url)


@require_safe
@cache_control(public=True, max_age=MOST_READ_SECONDS)
async def most_read_now(request):
    """The front page's "most read now" block, for it to refresh itself."""
    pages = (await site_summary())["pages"]
    return await sync_to_async(render)(
        request,
        "articles/includes/most_read.html",
        {"most_read": await sync_to_async(articles_most_read)(pages=pages)},
    )


class SearchView(TemplateView):
    """
    ``/search/?q=``: ranked results with highlighted snippets.

    Every query is different, so results are never publicly cached (the page
    cache and shared proxies store only ``public`` responses); the reader's
    browser may keep a page for a short while. Crawlers are kept out by
    robots.txt and ``noindex``.
    """

    template_name = "articles/search.html"

    def get(self, request):
        form = SearchForm(request.GET)
        status = form.status()
        page_obj = None
        if status == "ok":
            articles = (
                Article.objects.published()
                .search(form.query)
                .highlighted(form.query)
                .for_listing()
            )
            page_obj = paginate(request, articles)
        response = self.render_to_response(
            self.get_context_data(
                form=form, query=form.query, status=status, page_obj=page_obj
            ),
            status=400 if status == "invalid" else 200,
        )
        patch_cache_control(
            response,
            private=True,
            max_age=getattr(settings, "SEARCH_CACHE_SECONDS", 60),
        )
        response.headers["X-Robots-Tag"] = "noindex"
        return response
