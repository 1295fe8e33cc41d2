"""
The one slug rule: Ukrainian Cyrillic is transliterated to ASCII.

The table is Ukraine's official romanisation (Cabinet of Ministers
resolution No. 55 of 2010), the one used on road signs and passports:
"Київ" becomes "kyiv", "Запоріжжя" "zaporizhzhia". Є, Ї, Й, Ю and Я are
written differently at the start of a word; "зг" becomes "zgh" so it is not
read as "ж". A few Russian letters that appear in quoted names fall back to
common spellings. Everything else goes through Django's ``slugify``.
"""

import re

from django.utils.text import slugify

_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e",
    "є": "ie", "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
    # Not Ukrainian, but they turn up in names and quotes.
    "ё": "io", "ы": "y", "э": "e", "ъ": "",
}  # fmt: skip
_WORD_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_APOSTROPHES = "'’ʼ`"
_CYRILLIC_WORD = re.compile(r"[\w" + _APOSTROPHES + "]+")


def _transliterate_word(word):
    out = []
    previous = ""
    for index, char in enumerate(word):
        lower = char.lower()
        if lower in _APOSTROPHES:
            continue  # "м'ясо" is "miaso"
        if index == 0 and lower in _WORD_START:
            out.append(_WORD_START[lower])
        elif lower == "г" and previous == "з":
            out.append("gh")
        else:
            out.append(_LETTERS.get(lower, lower))
        previous = lower
    return "".join(out)


def transliterate(text):
    """Return ``text`` with Ukrainian Cyrillic written in Latin letters."""
    return _CYRILLIC_WORD.sub(lambda m: _transliterate_word(m.group(0)), text)


def slug_from_headline(headline, max_length=120):
    """Return the ASCII slug for a headline, cut at a word boundary."""
    slug = slugify(transliterate(headline))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "article"
