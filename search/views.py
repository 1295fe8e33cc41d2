"""The readers' search page."""

from django.conf import settings
from django.utils.cache import patch_cache_control
from django.views.generic import TemplateView

from articles.models import Article
from articles.pagination import paginate
from editions.links import current_edition

from .forms import SearchForm


class SearchView(TemplateView):
    """
    ``/search/?q=``: ranked results with highlighted snippets.

    Every query is different, so results are never publicly cached (the page
    cache and shared proxies store only ``public`` responses); the reader's
    browser may keep a page for a short while. Crawlers are kept out by
    robots.txt and ``noindex``.
    """

    template_name = "search/search.html"

    def get(self, request):
        form = SearchForm(request.GET)
        status = form.status()
        page_obj = None
        if status == "ok":
            edition = current_edition()
            articles = (
                Article.objects.published()
                .in_edition(edition)
                .search(form.query, language=edition)
                .highlighted(form.query, language=edition)
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
