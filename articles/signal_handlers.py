"""One-line signal handlers, connected in ``ArticlesConfig.ready()``."""

from django.db.models.signals import post_save

from . import services
from .models import Article, Image


def make_hero_renditions(sender, instance, raw=False, **kwargs):
    if not raw:
        services.article_refresh_renditions(article=instance)


def make_image_renditions(sender, instance, raw=False, **kwargs):
    if not raw:
        services.image_refresh_renditions(image=instance)


def register_signal_handlers():
    post_save.connect(make_hero_renditions, sender=Article)
    post_save.connect(make_image_renditions, sender=Image)
