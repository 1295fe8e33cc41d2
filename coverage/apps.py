from django.apps import AppConfig


class CoverageConfig(AppConfig):
    """Breaking news and live stories, pushed to open pages."""

    name = "coverage"
    verbose_name = "Breaking news and live stories"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
