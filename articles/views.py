"""Reader-facing pages: thin views over the queryset vocabulary."""

from itertools import groupby

from django.contrib.flatpages.views import flatpage
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import TemplateView

from pagecache.decorators import PublicPageMixin, public_page

from .models import Article, Author, Section, Topic
from .pagination import paginate

TOP_STORIES = 4
LATEST_COLUMN = 12


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
    lookup = None
    template_name = "articles/filed_under.html"

    def get_articles(self):
        self.owner = get_object_or_404(self.model, slug=self.kwargs["slug"])
        return Article.objects.published().filter(**{self.lookup: self.owner})

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["owner"] = self.owner
        context["owner_kind"] = self.model._meta.verbose_name
        context["title"] = self.owner.name
        context["hide_section"] = getattr(self, "hide_section", False)
        return context


class SectionView(FiledUnderView):
    model = Section
    lookup = "section"
    hide_section = True  # every teaser would repeat it


class TopicView(FiledUnderView):
    model = Topic
    lookup = "topics"


class AuthorView(FiledUnderView):
    model = Author
    lookup = "authors"


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
