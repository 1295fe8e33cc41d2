from django.apps import AppConfig


class BaselinesConfig(AppConfig):
    name = "bench.baselines"
    label = "bench_baselines"
    verbose_name = "Benchmark baselines"
    default_auto_field = "django.db.models.BigAutoField"
