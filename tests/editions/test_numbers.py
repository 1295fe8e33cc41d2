"""Plural categories and digit grouping, on the server (presence.js: e2e)."""

import pytest
from django.template import Context, Template
from django.utils import translation

from editions.numbers import NO_BREAK_SPACE, group_digits, plural_category
from presence import tracker

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


def _counter_text(language, number, tag="counter_online", path=None):
    tracker.last_known["online"] = number
    tracker.last_known["pages"] = {"/p/": number}
    try:
        with translation.override(language):
            html = Template(
                "{% load editions %}"
                + ("{% counter_readers '/p/' %}" if path else "{% " + tag + " %}")
            ).render(Context())
    finally:
        tracker.last_known.update(online=0, pages={})
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser").get_text()


@pytest.mark.parametrize("number", NUMBERS)
def test_the_counter_speaks_ukrainian(number):
    assert _counter_text("uk", number) == UKRAINIAN[number]


@pytest.mark.parametrize("number", NUMBERS)
def test_the_counter_speaks_english(number):
    assert _counter_text("en", number) == ENGLISH[number]


@pytest.mark.parametrize("number", sorted(READING_UK))
def test_reading_now_in_ukrainian(number):
    assert _counter_text("uk", number, path=True) == READING_UK[number]
    assert _counter_text("en", number, path=True).endswith(" reading now")


def test_the_words_of_every_category_are_on_the_label():
    """presence.js picks the words from these with Intl.PluralRules."""
    tracker.last_known["online"] = 3
    with translation.override("uk"):
        html = Template("{% load editions %}{% counter_online %}").render(Context())
    tracker.last_known.update(online=0, pages={})
    assert 'data-presence-one="відвідувач онлайн"' in html
    assert 'data-presence-few="відвідувачі онлайн"' in html
    assert 'data-presence-many="відвідувачів онлайн"' in html
    assert '<span data-presence="online">3</span>' in html
