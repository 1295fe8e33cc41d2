from django.urls import path
from django.views.generic import TemplateView

from editions.links import in_each_edition
from pagecache.decorators import public_page

app_name = "metadata"


class RobotsView(TemplateView):
    """One robots.txt for the site, naming both editions' addresses."""

    template_name = "metadata/robots.txt"
    content_type = "text/plain"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            search_urls=in_each_edition("search:search"),
            preview_prefixes=[
                url.removesuffix("1/")
                for url in in_each_edition("articles:preview", pk=1)
            ],
            sitemaps=[
                *in_each_edition("articles:sitemap"),
                *in_each_edition("articles:sitemap-news"),
            ],
            **kwargs,
        )


urlpatterns = [
    path("robots.txt", public_page(RobotsView.as_view()), name="robots"),
]
