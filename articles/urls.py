from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, re_path, register_converter

from pagecache.decorators import public_page

from . import converters, feeds, views
from .sitemaps import NEWS_SITEMAPS, SITEMAPS

register_converter(converters.ArticleIdConverter, "article_id")

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("most-read/", views.most_read_now, name="most-read"),
    path("news/", views.LatestNewsView.as_view(), name="latest"),
    path(
        "news/<article_id:pk>/<str:slug>/",
        views.ArticleDetailView.as_view(),
        name="detail",
    ),
    path("news/<article_id:pk>/", views.ArticleDetailView.as_view()),
    path(
        "preview/<article_id:pk>/",
        views.ArticlePreviewView.as_view(),
        name="preview",
    ),
    path("sections/<slug:slug>/", views.SectionView.as_view(), name="section"),
    path("topics/<slug:slug>/", views.TopicView.as_view(), name="topic"),
    path("authors/<slug:slug>/", views.AuthorView.as_view(), name="author"),
    path("feeds/rss/", feeds.LatestArticlesFeed(), name="feed-rss"),
    path("feeds/atom/", feeds.LatestArticlesAtomFeed(), name="feed-atom"),
    path("sections/<slug:slug>/rss/", feeds.SectionFeed(), name="section-rss"),
    path("sections/<slug:slug>/atom/", feeds.SectionAtomFeed(), name="section-atom"),
    path("topics/<slug:slug>/rss/", feeds.TopicFeed(), name="topic-rss"),
    path("topics/<slug:slug>/atom/", feeds.TopicAtomFeed(), name="topic-atom"),
    path(
        "sitemap.xml",
        public_page(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "articles:sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-news.xml",
        public_page(sitemap_views.sitemap),
        {"sitemaps": NEWS_SITEMAPS, "template_name": "articles/sitemap_news.xml"},
        name="sitemap-news",
    ),
    path(
        "sitemap-<slug:section>.xml",
        public_page(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
]

# Simple pages editors maintain with django.contrib.flatpages: any
# one-segment address no other app takes, e.g. /about/. The root URLconf
# includes these last.
simple_page_patterns = [
    re_path(r"^(?P<url>[a-z0-9-]+/)$", views.simple_page, name="simple-page"),
]
