from django import template
from django.templatetags.static import static
from django.utils.html import format_html

from .. import live

register = template.Library()


# Pages are cached and the same for every reader, so these render the last
# numbers this process knows, without I/O; presence.js corrects them at once.


@register.simple_tag
def presence_online():
    """Render the site-wide count as the span presence.js updates."""
    return format_html('<span data-presence="online">{}</span>', live.online_now())


@register.simple_tag
def presence_readers(path):
    """Render the readers of ``path`` as the span presence.js updates."""
    return format_html('<span data-presence="page">{}</span>', live.reading_now(path))


@register.simple_tag
def presence_script():
    """Load presence.js, deferred so it never delays rendering."""
    return format_html(
        '<script src="{}" defer></script>', static("presence/presence.js")
    )
