"""One-line signal handlers, connected in ``OpsConfig.ready()``."""

from . import services


def site_from_settings(sender, using="default", **kwargs):
    services.site_sync(using=using)
