from django.apps import AppConfig, apps
from django.core.signals import setting_changed
from django.db.models.signals import post_migrate


class OpsConfig(AppConfig):
    """Site-wide request plumbing: client address, errors, health, CSP, logs."""

    name = "ops"
    verbose_name = "Operations"

    def ready(self):
        from . import proxies, signal_handlers

        # A bad TRUSTED_PROXIES entry stops the site here, naming the entry.
        proxies.trusted_proxies()
        setting_changed.connect(proxies.forget_trusted_proxies)
        # After django.contrib.sites made its default Site (ops has no
        # models, so no post_migrate of its own).
        post_migrate.connect(
            signal_handlers.site_from_settings, sender=apps.get_app_config("sites")
        )
