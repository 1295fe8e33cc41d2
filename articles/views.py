"""Reader-facing pages: thin views over the queryset vocabulary."""

from itertools import groupby

from django.conf import settings
from django.contrib.flatpages.views import flatpage
from django.shortcuts import get_object_or_404, redirect
from django.utils.cache import patch_cache_control
from django.utils.decorators import method_decorator
from django.views.decorators.http import last_modified
from django.views.generic import TemplateView

from pagecache.decorators import PublicPageMixin, public_page

from .forms import SearchForm
from .models import Article, Author, Section, Topic
from .pagination import paginate
from .selectors import content_last_modified

# Pages send Last-Modified and answer If-Modified-Since with 304 before they
# are rendered; ConditionalGetMiddleware adds the ETag.
conditional = method_decorator(last_modified(content_last_modified), name="dispatch")

TOP_STORIES = 4
LATEST_COLUMN = 12


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


@public_page
def simple_page(request, url):
    """A page editors maintain (about, contacts, privacy), cached like news."""
    return flatpage(request, url)


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
