from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """Whole public pages kept and served in front of Django, purged on change."""

    name = "pagecache"
    verbose_name = "Page cache"
