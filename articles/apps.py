from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Newsroom"

    def ready(self):
        from . import signals  # noqa: F401 - connects the cache refresh
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
