from django.apps import AppConfig
from django.core.signals import setting_changed


class OpsConfig(AppConfig):
    """Site-wide request plumbing: client address, errors, health, CSP, logs."""

    name = "ops"
    verbose_name = "Operations"

    def ready(self):
        from . import proxies

        # A bad TRUSTED_PROXIES entry stops the site here, naming the entry.
        proxies.trusted_proxies()
        setting_changed.connect(proxies.forget_trusted_proxies)
