"""Tags for what machines read: canonical URLs, absolute links, JSON-LD."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ..links import absolute_url
from ..structured_data import news_article

register = template.Library()

# The characters that could end a <script> element or open a comment inside
# it, as JSON escapes (what Django's json_script filter does).
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """
    The page's absolute address: ``SITE_URL``, the path, and ``?page=N``
    past the first page (other query strings do not make another page).
    """
    request = context.get("request")
    path = request.path if request else "/"
    page_obj = context.get("page_obj")
    suffix = (
        f"?page={page_obj.number}"
        if page_obj is not None and page_obj.number > 1
        else ""
    )
    return settings.SITE_URL + path + suffix


@register.simple_tag
def absolute_static(path):
    """An absolute URL for a static file (og:image, the publisher's logo)."""
    return absolute(static(path))


@register.filter
def absolute(url):
    """``url`` made absolute with ``SITE_URL`` unless it already is."""
    return absolute_url(url)


@register.simple_tag
def json_ld(data):
    """``data`` as a JSON-LD ``<script>`` that no string in it can break out of."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(_SCRIPT_ESCAPES)),  # noqa: S308
    )


@register.simple_tag
def news_article_json_ld(article):
    """JSON-LD ``NewsArticle`` for an article page."""
    return json_ld(news_article(article))
