from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """Whole public pages kept and served in front of Django, purged on change."""

    name = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from django.core.signals import setting_changed

        from .backends import reset_backend

        setting_changed.connect(reset_backend, dispatch_uid="pagecache-reset")
