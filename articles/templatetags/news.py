from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def iso(value):
    """A datetime in the site's time zone as ISO 8601, for ``<time datetime>``."""
    if not value:
        return ""
    return timezone.localtime(value).isoformat(timespec="seconds")
