"""Search results in a template: the query's matches in ``<mark>``."""

from django import template

from .. import text as search_text

register = template.Library()


@register.filter
def highlight(text, query):
    """A search result's headline or snippet, matches in ``<mark>``."""
    text = text or ""
    if search_text.START_SEL in text:
        return search_text.highlighted(text)
    return search_text.highlight_terms(text, query)
