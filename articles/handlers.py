"""One-line signal handlers; the work is in services."""

from . import services


def content_changed(sender, **kwargs):
    services.content_mark_changed()
