"""
Plural categories and digit grouping, as CLDR defines them, without Django.

presence.js does the same in the browser with ``Intl.PluralRules`` and
``Intl.NumberFormat``; the templates render the words for each category
into ``data-`` attributes, so the server's words and the live ones agree.
"""

NO_BREAK_SPACE = "\u00a0"

# Categories a whole number can fall in, per language (CLDR).
CATEGORIES = {"uk": ("one", "few", "many"), "en": ("one", "other")}
# A number in each category, to ask gettext for that category's words.
EXAMPLES = {"one": 1, "few": 2, "many": 5, "other": 2}
# How each language groups thousands.
GROUP_SEPARATORS = {"uk": NO_BREAK_SPACE, "en": ","}


def plural_category(language, n):
    """
    The CLDR plural category of the whole number ``n`` in ``language``.

    Ukrainian: one (1, 21, 101…, not 11), few (2–4, 22–24…, not 12–14),
    many (everything else: 0, 5–20, 25…). English: one (1), other.
    """
    n = abs(int(n))
    if language == "uk":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    return "one" if n == 1 else "other"


def group_digits(language, n):
    """``n`` with thousands grouped: "10 547" (no-break space), "10,547"."""
    separator = GROUP_SEPARATORS.get(language, ",")
    return f"{int(n):,}".replace(",", separator)
