"""
Root URLs; the contract is the table in DESIGN.md.

Two editions: the Ukrainian one at ``/``, the English one under ``/en/``
(``i18n_patterns`` without a prefix for the default language). What is not
a page of an edition stays site-wide, once, without a prefix: the admin,
robots.txt (it lists both editions' sitemaps), the live counter's
``/api/presence/`` and ``/ws/presence/`` (it counts the whole site), and
the health checks.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from articles.urls import simple_page_patterns
from presence.views import presence_summary

urlpatterns = [
    path("admin/live/", include("desk.urls")),
    path("admin/", admin.site.urls),
    path("", include("ops.urls")),
    path("api/presence/", presence_summary, name="presence-summary"),
    path("", include("metadata.urls")),
]

urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("", include("articles.urls")),
    # Last, so every other app's one-segment address wins over a simple page.
    *simple_page_patterns,
    prefix_default_language=False,
)

if settings.DEBUG:
    # Uploads, with the headers that keep them pictures (nginx in production).
    from django.conf.urls.static import static

    from ops.views import media

    urlpatterns += static(settings.MEDIA_URL, view=media)
