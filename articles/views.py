"""Reader-facing pages: thin views over the queryset vocabulary."""

from itertools import groupby

from asgiref.sync import sync_to_async
from django.contrib.flatpages.views import flatpage
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import last_modified, require_safe
from django.views.generic import TemplateView

from editions.links import current_edition
from pagecache.decorators import PublicPageMixin, public_page
from presence import live

from .freshness import content_last_modified
from .models import Article, Author, Section, Topic
from .pagination import paginate
from .selectors import articles_most_read

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
        edition = Article.objects.in_edition(current_edition())
        lead = edition.lead_story()
        newest = list(
            edition.published()
            .newest_first()
            .for_listing()[: TOP_STORIES + LATEST_COLUMN + 1]
        )
        others = [a for a in newest if a != lead]
        sections = [
            (section, list(articles))
            for section, articles in groupby(
                edition.newest_per_section(), key=lambda a: a.section
            )
        ]
        return super().get_context_data(
            lead=lead,
            top_stories=others[:TOP_STORIES],
            latest=newest[:LATEST_COLUMN],
            sections=sections,
            # The last ranking this process knows, without I/O; the block
            # refreshes itself from most_read_now.
            most_read=articles_most_read(pages=live.site_totals()["pages"]),
            **kwargs,
        )


@conditional
class ArticleListView(PublicPageMixin, TemplateView):
    """A paginated list of published articles, newest first."""

    template_name = "articles/article_list.html"
    title = _("Latest news")

    def get_articles(self):
        return Article.objects.published()

    def get_edition_articles(self):
        """``get_articles()`` of the edition being rendered only."""
        return self.get_articles().in_edition(current_edition())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        articles = self.get_edition_articles().newest_first().for_listing()
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
        context["owner_kind"] = self.owner_kind
        context["title"] = self.owner.local_name
        context["hide_section"] = getattr(self, "hide_section", False)
        return context


class SectionView(FiledUnderView):
    model = Section
    owner_kind = _("section")
    lookup = "section"
    has_feed = True
    hide_section = True  # every teaser would repeat it


class TopicView(FiledUnderView):
    model = Topic
    owner_kind = _("topic")
    lookup = "topics"
    has_feed = True


class AuthorView(FiledUnderView):
    model = Author
    owner_kind = _("author")
    lookup = "authors"


@conditional
class ArticleDetailView(PublicPageMixin, TemplateView):
    template_name = "articles/article_detail.html"

    def get(self, request, pk, slug=None):
        article = get_object_or_404(Article.objects.published().for_page(), pk=pk)
        if slug != article.slug or article.edition != current_edition():
            # Old or mistyped slugs keep working, at one address, and so do
            # addresses in the wrong edition (an English article's address
            # from before the editions, /news/<id>/…, is now /en/news/…).
            return redirect(article, permanent=True)
        return self.render_to_response(
            self.get_context_data(
                article=article,
                related=Article.objects.related_to(article),
                translations=Article.objects.published().translations_of(article),
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
        if article.edition != current_edition():
            # In its own edition's look; a temporary redirect, as previews are.
            return redirect(article.get_preview_url())
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


@public_page
def simple_page(request, url):
    """
    A page editors maintain (about, contacts, privacy), cached like news.

    Each edition has its own: the page's address includes the edition's
    prefix (``/about/``, ``/en/about/``).
    """
    return flatpage(request, request.path_info)


@require_safe
@cache_control(public=True, max_age=MOST_READ_SECONDS)
async def most_read_now(request):
    """The front page's "most read now" block, for it to refresh itself."""
    pages = (await live.fetch_site_totals())["pages"]
    return await sync_to_async(render)(
        request,
        "articles/includes/most_read.html",
        {"most_read": await sync_to_async(articles_most_read)(pages=pages)},
    )
