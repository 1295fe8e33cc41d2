"""Tags for the breaking banner and live stories on public pages."""

from django import template
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext

from metadata.structured_data import live_blog_posting
from metadata.templatetags.seo import json_ld

from .. import selectors

register = template.Library()


@register.inclusion_tag("coverage/banner.html")
def breaking_banner():
    """
    The banner slot of every public page, with the banner showing now.

    Always rendered (empty when there is none) so coverage.js has a place
    to put a banner pushed later.
    """
    return {"banner": selectors.breaking_current()}


def _page_coverage(context, article=None):
    """One query per page, however many teasers and stories it shows."""
    request = context.get("request")
    memo = getattr(request, "_coverage", None)
    if memo is None:
        memo = selectors.page_coverage(article)
        if request is not None:
            request._coverage = memo
    return memo


def _story(context, article):
    rows = _page_coverage(context, article)["rows"]
    return selectors.live_story(article, coverage_rows=rows)


@register.inclusion_tag("coverage/live_story.html", takes_context=True)
def live_story(context, article):
    """The entries of ``article``'s live story, newest first, or nothing."""
    return {"article": article, "story": _story(context, article)}


@register.simple_tag(takes_context=True)
def live_badge(context, article):
    """A "Live" mark on a teaser whose article is a live story now."""
    if article.pk in _page_coverage(context)["live"]:
        return format_html(
            '<span class="live-badge live-badge--small">{}</span> ', gettext("Live")
        )
    return ""


@register.simple_tag(takes_context=True)
def live_blog_json_ld(context, article):
    """JSON-LD ``LiveBlogPosting`` for a live story's page, else nothing."""
    story = _story(context, article)
    if story is None:
        return ""
    return json_ld(live_blog_posting(article, story))


@register.simple_tag
def coverage_assets():
    """coverage.css and coverage.js (deferred, after presence.js)."""
    return format_html(
        '<link rel="stylesheet" href="{}">\n  <script src="{}" defer></script>',
        static("coverage/coverage.css"),
        static("coverage/coverage.js"),
    )
