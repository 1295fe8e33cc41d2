"""The editions the site publishes, Ukrainian first."""

from django.db import models


class Edition(models.TextChoices):
    """An article's edition is its language: one of ``settings.LANGUAGES``."""

    UK = "uk", "Українська"
    EN = "en", "English"


# The edition at ``/``; the other lives under its language prefix (/en/).
DEFAULT = Edition.UK
# og:locale of each edition (OpenGraph wants language_TERRITORY).
OG_LOCALES = {Edition.UK: "uk_UA", Edition.EN: "en_GB"}


_CYRILLIC = set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ")


def language_of(text):
    """The edition text belongs in: Ukrainian when most letters are Cyrillic."""
    letters = [c for c in text.lower() if c.isalpha()]
    cyrillic = sum(c in _CYRILLIC for c in letters)
    return Edition.UK if letters and cyrillic * 2 > len(letters) else Edition.EN
