"""
How search reads text, shared by the backends, the form and the templates.

On PostgreSQL the backend searches the stored ``search_vector`` column
(articles migration 0005); elsewhere (SQLite in the embedded default) the fallback
matches every word of the query, case-folded in Python so Cyrillic capitals
match too: SQLite's own ``LIKE`` and ``lower()`` only fold ASCII.
"""

import html
import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

# The text search configuration articles migration 0005 creates on PostgreSQL.
SEARCH_CONFIG = "portal_search"
# Each edition's configuration (articles migration 0007 builds the stored
# vector of a row with its edition's one): English stems, Ukrainian is
# simple + unaccent (or a Ukrainian dictionary when the server had one).
SEARCH_CONFIGS = {"uk": SEARCH_CONFIG, "en": "portal_english"}


def search_config(language):
    """The text search configuration for an edition's articles."""
    return SEARCH_CONFIGS.get(language, SEARCH_CONFIG)


MAX_QUERY_LENGTH = 200

# ts_headline() wraps matches in these; they are swapped for <mark> only
# after the snippet has been escaped. Private-use characters never come from
# an editor's keyboard.
START_SEL = "\ue000"
STOP_SEL = "\ue001"

_TAG = re.compile(r"<[^>]*>")
# Words as websearch_to_tsquery() sees them: letters and digits, with a
# leading "-" meaning "without".
_TERM = re.compile(r"(?<![\w-])(-?)(\w+)")


def normalise(query):
    """
    The query spelled as the stored vector is: the modifier-letter
    apostrophe (U+02BC) as an ASCII one, as migration 0005 does to articles.
    """
    return query.replace("\u02bc", "'")


def has_words(query):
    """True when ``query`` has a letter or digit to look for."""
    return any(char.isalnum() for char in query)


def fold(value):
    """Text compared case-insensitively in any script, as the fallback does."""
    if value is None:
        return None
    return normalise(unicodedata.normalize("NFKC", value)).casefold()


def fold_html(value):
    """``fold()`` for HTML: tags do not count, entities are their characters."""
    if value is None:
        return None
    return fold(html.unescape(_TAG.sub(" ", value)))


def fallback_terms(query):
    """
    The words to require and the words to exclude, folded.

    A small reading of the websearch syntax PostgreSQL understands: every
    word must appear, ``-word`` must not; quotes and operators are ignored.
    """
    wanted, unwanted = [], []
    for minus, word in _TERM.findall(fold(query)):
        (unwanted if minus else wanted).append(word)
    return wanted, unwanted


def starts_a_word(folded_text, word):
    """True when a word of ``folded_text`` starts with ``word`` ("shelter"
    finds "shelters"; "or" does not find "story")."""
    if not folded_text or not word:
        return False
    return re.search(r"(?<!\w)" + re.escape(word), folded_text) is not None


def highlighted(snippet):
    """
    Escape a ts_headline() snippet, then turn its markers into ``<mark>``.

    Snippets come from the text of the article (the body with its tags
    stripped), so they are escaped as text first: nothing an editor typed can
    become markup here.
    """
    if not snippet:
        return ""
    text = escape(html.unescape(snippet))
    if text.count(START_SEL) != text.count(STOP_SEL):
        text = text.replace(START_SEL, "").replace(STOP_SEL, "")
    return mark_safe(  # noqa: S308 -- escaped above; only <mark> is added.
        text.replace(START_SEL, "<mark>").replace(STOP_SEL, "</mark>")
    )


def highlight_terms(text, query):
    """Mark the query's words in plain ``text`` (the fallback's snippets)."""
    wanted, _ = fallback_terms(query)
    text = escape(text or "")
    if not wanted:
        return mark_safe(text)  # noqa: S308 -- escaped above.
    pattern = re.compile(
        "|".join(re.escape(escape(word)) for word in sorted(wanted, key=len)[::-1]),
        re.IGNORECASE,
    )
    return mark_safe(  # noqa: S308 -- escaped above; only <mark> is added.
        pattern.sub(lambda match: f"<mark>{match.group(0)}</mark>", text)
    )
