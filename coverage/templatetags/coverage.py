"""Tags for the breaking banner and live stories on public pages."""

from django import template
from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import format_html

from articles.links import absolute_url
from articles.templatetags.seo import json_ld

from .. import selectors

register = template.Library()


def _iso(value):
    return timezone.localtime(value).isoformat(timespec="seconds")


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
            '<span class="live-badge live-badge--small">{}</span> ', "Live"
        )
    return ""


@register.simple_tag(takes_context=True)
def live_blog_json_ld(context, article):
    """JSON-LD ``LiveBlogPosting`` for a live story's page, else nothing."""
    story = _story(context, article)
    if story is None:
        return ""
    url = absolute_url(article.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": url + "#live",
        "url": url,
        "headline": article.headline,
        "description": article.lead,
        "datePublished": _iso(article.published_at),
        "dateModified": _iso(
            story["updated"] or article.updated_at or article.published_at
        ),
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "@id": f"{url}#entry-{entry.pk}",
                "url": f"{url}#entry-{entry.pk}",
                "headline": entry.title or _plain(entry.body)[:110],
                "datePublished": _iso(entry.time),
                "dateModified": _iso(entry.updated_at),
                "articleBody": _plain(entry.body),
                **({"image": absolute_url(entry.image.url)} if entry.image else {}),
            }
            for entry in story["entries"][:100]
        ],
    }
    coverage = story["coverage"]
    if coverage is not None:
        data["coverageStartTime"] = _iso(coverage.started_at)
        if coverage.ended_at is not None:
            data["coverageEndTime"] = _iso(coverage.ended_at)
    return json_ld(data)


def _plain(html):
    from django.utils.html import strip_tags

    return " ".join(strip_tags(html).split())


@register.simple_tag
def coverage_assets():
    """coverage.css and coverage.js (deferred, after presence.js)."""
    return format_html(
        '<link rel="stylesheet" href="{}">\n  <script src="{}" defer></script>',
        static("coverage/coverage.css"),
        static("coverage/coverage.js"),
    )
