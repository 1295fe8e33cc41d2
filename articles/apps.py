from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Newsroom"

    def ready(self):
        from django.contrib.flatpages.models import FlatPage

        from . import (
            handlers,
            signals,  # noqa: F401 - connects the cache refresh
        )
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
        # Anything a public page shows changes its Last-Modified.
        for model in [*self.get_models(), FlatPage]:
            post_save.connect(handlers.content_changed, sender=model)
            post_delete.connect(handlers.content_changed, sender=model)
        Article = self.get_model("Article")
        for relation in (Article.topics.through, Article.authors.through):
            m2m_changed.connect(handlers.content_changed, sender=relation)
