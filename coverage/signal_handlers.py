"""
One-line signal handlers, connected in ``CoverageConfig.ready()``.

Model signals become domain signals, so every way of writing (services,
the admin, the ORM) refreshes pages and pushes to open pages; the domain
signals' handlers call the services that do it.
"""

from django.db.models.signals import post_delete, post_save

from . import services, signals
from .models import Breaking, LiveCoverage, LiveEntry


def breaking_saved(sender, raw=False, **kwargs):
    if not raw:
        signals.breaking_changed.send(sender=Breaking)


def entry_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        signals.entries_changed.send(
            sender=LiveEntry, article_id=instance.article_id, saved=[instance.pk]
        )


def entry_deleted(sender, instance, **kwargs):
    signals.entries_changed.send(
        sender=LiveEntry, article_id=instance.article_id, deleted=[instance.pk]
    )


def coverage_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        signals.entries_changed.send(
            sender=LiveCoverage, article_id=instance.article_id
        )


def announce_breaking(sender, **kwargs):
    services.breaking_announce()


def announce_entries(sender, article_id, saved=(), deleted=(), **kwargs):
    services.entries_announce(article_id=article_id, saved=saved, deleted=deleted)


def register_signal_handlers():
    post_save.connect(breaking_saved, sender=Breaking)
    post_delete.connect(breaking_saved, sender=Breaking)
    post_save.connect(entry_saved, sender=LiveEntry)
    post_delete.connect(entry_deleted, sender=LiveEntry)
    post_save.connect(coverage_saved, sender=LiveCoverage)
    post_delete.connect(coverage_saved, sender=LiveCoverage)
    signals.breaking_changed.connect(announce_breaking)
    signals.entries_changed.connect(announce_entries)
