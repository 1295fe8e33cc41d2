"""Plural categories and digit grouping, on the server (presence.js: e2e)."""

import pytest
from django.template import Context, Template
from django.utils import translation

from editions.numbers import NO_BREAK_SPACE, group_digits, plural_category
from presence import live

NUMBERS = [0, 1, 2, 5, 11, 21, 22, 25, 111, 10547]
UKRAINIAN = {
    0: "0 відвідувачів онлайн",
    1: "1 відвідувач онлайн",
    2: "2 відвідувачі онлайн",
    5: "5 відвідувачів онлайн",
    11: "11 відвідувачів онлайн",
    21: "21 відвідувач онлайн",
    22: "22 відвідувачі онлайн",
    25: "25 відвідувачів онлайн",
    111: "111 відвідувачів онлайн",
    10547: f"10{NO_BREAK_SPACE}547 відвідувачів онлайн",
}
ENGLISH = {
    0: "0 visitors online",
    1: "1 visitor online",
    2: "2 visitors online",
    5: "5 visitors online",
    11: "11 visitors online",
    21: "21 visitors online",
    22: "22 visitors online",
    25: "25 visitors online",
    111: "111 visitors online",
    10547: "10,547 visitors online",
}
READING_UK = {1: "1 читає зараз", 2: "2 читають зараз", 5: "5 читають зараз",
              21: "21 читає зараз", 11: "11 читають зараз"}  # fmt: skip


def test_ukrainian_plural_categories_follow_cldr():
    assert [plural_category("uk", n) for n in NUMBERS] == [
        "many", "one", "few", "many", "many", "one", "few", "many", "many", "many",
    ]  # fmt: skip
    assert plural_category("uk", 12) == plural_category("uk", 14) == "many"
    assert plural_category("uk", 104) == "few"


def test_english_plural_categories():
    assert [plural_category("en", n) for n in NUMBERS] == ["other", "one"] + [
        "other"
    ] * 8


def test_thousands_are_grouped_by_language():
    assert group_digits("uk", 10547) == "10\u00a0547"
    assert group_digits("uk", 1234567) == "1\u00a0234\u00a0567"
    assert group_digits("en", 10547) == "10,547"
    assert group_digits("uk", 999) == "999"


@pytest.fixture
def known(monkeypatch):
    """Set the numbers this process last knew (presence.live's answers)."""

    def set_numbers(number):
        monkeypatch.setattr(live, "online_now", lambda: number)
        monkeypatch.setattr(live, "reading_now", lambda path: number)

    return set_numbers


def _counter_text(language, number, tag="counter_online", path=None, known=None):
    known(number)
    with translation.override(language):
        html = Template(
            "{% load editions %}"
            + ("{% counter_readers '/p/' %}" if path else "{% " + tag + " %}")
        ).render(Context())
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser").get_text()


@pytest.mark.parametrize("number", NUMBERS)
def test_the_counter_speaks_ukrainian(number, known):
    assert _counter_text("uk", number, known=known) == UKRAINIAN[number]


@pytest.mark.parametrize("number", NUMBERS)
def test_the_counter_speaks_english(number, known):
    assert _counter_text("en", number, known=known) == ENGLISH[number]


@pytest.mark.parametrize("number", sorted(READING_UK))
def test_reading_now_in_ukrainian(number, known):
    assert _counter_text("uk", number, path=True, known=known) == READING_UK[number]
    assert _counter_text("en", number, path=True, known=known).endswith(" reading now")


def test_the_words_of_every_category_are_on_the_label(known):
    """presence.js picks the words from these with Intl.PluralRules."""
    known(3)
    with translation.override("uk"):
        html = Template("{% load editions %}{% counter_online %}").render(Context())
    assert 'data-presence-one="відвідувач онлайн"' in html
    assert 'data-presence-few="відвідувачі онлайн"' in html
    assert 'data-presence-many="відвідувачів онлайн"' in html
    assert '<span data-presence="online">3</span>' in html
