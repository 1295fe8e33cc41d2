from django.urls import path, re_path, register_converter

from . import converters, views

register_converter(converters.ArticleIdConverter, "article_id")

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("news/", views.LatestNewsView.as_view(), name="latest"),
    path(
        "news/<article_id:pk>/<str:slug>/",
        views.ArticleDetailView.as_view(),
        name="detail",
    ),
    path("news/<article_id:pk>/", views.ArticleDetailView.as_view()),
    path("sections/<slug:slug>/", views.SectionView.as_view(), name="section"),
    path("topics/<slug:slug>/", views.TopicView.as_view(), name="topic"),
    path("authors/<slug:slug>/", views.AuthorView.as_view(), name="author"),
]

# Simple pages editors maintain with django.contrib.flatpages: any
# one-segment address no other app takes, e.g. /about/. The root URLconf
# includes these last.
simple_page_patterns = [
    re_path(r"^(?P<url>[a-z0-9-]+/)$", views.simple_page, name="simple-page"),
]
