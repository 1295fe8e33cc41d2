from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    """The newsroom: articles, what they are filed under, and their pages."""

    name = "articles"
    verbose_name = "Newsroom"

    def ready(self):
        from .signal_handlers import connect_signal_handlers

        connect_signal_handlers(self)
