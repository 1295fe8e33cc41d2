"""
The allow-list for article HTML, applied on every save (nh3).

Readers only ever get these tags and attributes, whatever an editor typed,
pasted or posted: no scripts, event handlers, inline styles, iframes or
``javascript:`` links.
"""

import nh3

ALLOWED_TAGS = {
    "h2", "h3", "h4", "p", "br", "strong", "b", "em", "i", "u", "s", "sub",
    "sup", "a", "ul", "ol", "li", "blockquote", "figure", "figcaption", "img",
    "hr", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height", "loading"},
    "ol": {"start"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
# Only the site's own classes survive, so pasted markup cannot restyle a
# page. (nh3 refuses "class" in ALLOWED_ATTRIBUTES alongside this.)
ALLOWED_CLASSES = {"figure": {"quote", "image"}}


def sanitize_html(html):
    """Return ``html`` reduced to the allow-list; links get rel="noopener"."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        allowed_classes=ALLOWED_CLASSES,
        link_rel="noopener",
        strip_comments=True,
    ).strip()
