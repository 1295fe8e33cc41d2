"""One-line signal handlers; the work is in services."""

from . import services


def site_from_settings(sender, using="default", **kwargs):
    services.site_sync(using=using)


def content_changed(sender, **kwargs):
    services.content_mark_changed()
