"""
The allow-list for article HTML, applied on every save (nh3).

Readers only ever get these tags and attributes, whatever an editor typed,
pasted or posted: no scripts, event handlers, inline styles, iframes or
``javascript:`` links. The list covers what the rich-text editor makes
(see ``EDITOR_EXTENSIONS``) plus the quote shape of older articles,
``<figure class="quote"><blockquote>…</blockquote><figcaption>…``.
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
# page. (nh3 refuses "class" in ALLOWED_ATTRIBUTES alongside this.) The
# editor's figures carry class="figure".
ALLOWED_CLASSES = {"figure": {"quote", "image", "figure"}}

# What the rich-text editor (django-prose-editor) offers. Its own sanitiser
# is not used: ``sanitize_html`` is the one rule, in the model's save path.
EDITOR_EXTENSIONS = {
    "Heading": {"levels": [2, 3]},
    "Bold": True,
    "Italic": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "Blockquote": True,
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "HardBreak": True,
    "Figure": True,
    "Caption": True,
    "Image": True,
    "HTML": True,
    # The site's quote with attribution (static/articles/admin/quote_figure.js).
    "QuoteFigure": True,
    "QuoteCaption": True,
}


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
