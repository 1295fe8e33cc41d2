from django.urls import path
from django.views.generic import TemplateView

from pagecache.decorators import public_page

app_name = "metadata"

urlpatterns = [
    path(
        "robots.txt",
        public_page(
            TemplateView.as_view(
                template_name="metadata/robots.txt", content_type="text/plain"
            )
        ),
        name="robots",
    ),
]
