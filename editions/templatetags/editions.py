"""The edition switch, hreflang alternates and the counter's words."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import ngettext

from presence import live

from ..choices import DEFAULT, Edition
from ..links import counterpart_path, current_edition, languages, reverse_in
from ..numbers import CATEGORIES, EXAMPLES, group_digits, plural_category

register = template.Library()

# The switch's label for each edition, in that edition's language.
SWITCH_LABELS = {Edition.UK: "УКР", Edition.EN: "EN"}


def _counterparts(context):
    """
    {edition: path} for the page being rendered, its own edition included.

    An article's counterparts are its published translations (the view puts
    them in ``translations``); another page's are the same page under the
    other prefix (sections, topics, authors, latest, the front page). Error
    pages and pages past the first have none.
    """
    here = current_edition()
    request = context.get("request")
    if request is None or "request_path" in context or "exception" in context:
        return {}
    page_obj = context.get("page_obj")
    if page_obj is not None and getattr(page_obj, "number", 1) > 1:
        return {}
    article = context.get("article")
    if article is not None:
        urls = {article.edition: article.get_absolute_url()}
        for translation in context.get("translations") or ():
            urls.setdefault(translation.edition, translation.get_absolute_url())
        return urls
    if context.get("flatpage") is not None:
        # Each edition's simple pages are its own: no counterpart is known.
        return {here: request.path}
    urls = {here: request.path}
    for language in languages():
        if language != here and (path := counterpart_path(request.path, language)):
            urls[language] = path
    return urls


@register.simple_tag(takes_context=True)
def edition_links(context):
    """
    What the head and the header need to link the editions:
    ``alternates`` (hreflang, x-default included, only when the page exists
    in more than one edition) and ``switch`` (each edition with the
    address of this page there, else that edition's front page).
    """
    here = current_edition()
    urls = _counterparts(context)
    alternates = []
    if len(urls) > 1:
        alternates = [
            {"hreflang": language, "url": urls[language]}
            for language in languages()
            if language in urls
        ]
        alternates.append({"hreflang": "x-default", "url": urls.get(DEFAULT)})
        alternates = [a for a in alternates if a["url"]]
    switch = [
        {
            "language": language,
            "label": SWITCH_LABELS.get(language, language.upper()),
            "name": dict(Edition.choices)[language],
            "url": urls.get(language) or reverse_in(language, "articles:home"),
            "current": language == here,
        }
        for language in languages()
    ]
    return {"alternates": alternates, "switch": switch}


def _words(kind):
    """The words after a count, for each plural category of the edition."""
    language = current_edition()
    categories = CATEGORIES.get(language, CATEGORIES["en"])
    if kind == "online":
        forms = {
            c: ngettext("visitor online", "visitors online", EXAMPLES[c])
            for c in categories
        }
    elif kind == "page":
        forms = {
            c: ngettext("reading now", "reading now", EXAMPLES[c]) for c in categories
        }
    else:
        forms = {c: ngettext("reading", "reading", EXAMPLES[c]) for c in categories}
    return language, forms


def counter(kind, number):
    """
    ``<span data-presence=KIND>N</span> words``, with the words of every
    plural category in ``data-presence-<category>`` attributes of the
    label, so presence.js changes the words with the number.
    """
    language, forms = _words(kind)
    words = forms[plural_category(language, number)]
    attributes = format_html_join(
        " ", 'data-presence-{}="{}"', ((c, w) for c, w in forms.items())
    )
    return format_html(
        '<span class="presence-label" data-presence-label="{}" {}>'
        '<span data-presence="{}">{}</span> '
        '<span data-presence-words="{}">{}</span></span>',
        kind,
        attributes,
        kind,
        group_digits(language, number),
        kind,
        words,
    )


@register.simple_tag
def counter_online():
    """Visitors online (the whole site), as the last tick of this process knew."""
    return counter("online", live.online_now())


@register.simple_tag
def counter_readers(path):
    """Readers of ``path`` now."""
    return counter("page", live.reading_now(path))


@register.simple_tag
def readers_words(number):
    """ "3 reading" for the most-read block (not live: the block refreshes)."""
    language, forms = _words("reading")
    words = forms[plural_category(language, number)]
    return f"{group_digits(language, number)} {words}"
