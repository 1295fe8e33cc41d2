from django import template
from django.utils import dateformat, timezone

register = template.Library()


@register.filter
def iso(value):
    """A datetime in the site's time zone as ISO 8601, for ``<time datetime>``."""
    if not value:
        return ""
    return timezone.localtime(value).isoformat(timespec="seconds")


@register.filter
def newstime(value):
    """
    "14:05" for today's news, "24 November" ("24 листопада") for older, in
    the site's time zone and the edition's language.
    """
    if not value:
        return ""
    local = timezone.localtime(value)
    if local.date() == timezone.localdate():
        return local.strftime("%H:%M")
    return dateformat.format(local, "j E")
