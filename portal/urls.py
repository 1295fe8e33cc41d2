"""Root URLs; the contract is the table in DESIGN.md."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from articles.urls import simple_page_patterns
from presence.views import presence_summary

urlpatterns = [
    path("admin/live/", include("desk.urls")),
    path("admin/", admin.site.urls),
    path("", include("ops.urls")),
    path("api/presence/", presence_summary, name="presence-summary"),
    path("", include("search.urls")),
    path("", include("metadata.urls")),
    path("", include("articles.urls")),
]


if settings.DEBUG:
    # Uploads, with the headers that keep them pictures (nginx in production).
    from django.conf.urls.static import static

    from ops.views import media

    urlpatterns += static(settings.MEDIA_URL, view=media)

# Last, so every other app's one-segment address wins over a simple page.
urlpatterns += simple_page_patterns
