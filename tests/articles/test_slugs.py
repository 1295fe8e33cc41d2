import pytest

from articles.slugs import slug_from_headline, transliterate
from tests.factories import ArticleFactory


@pytest.mark.parametrize(
    ("headline", "slug"),
    [
        ("Київ отримав нові трамваї", "kyiv-otrymav-novi-tramvai"),
        ("Запоріжжя та Згурівка", "zaporizhzhia-ta-zghurivka"),
        ("Єнакієве, Їжакевич, Юрій і Яготин", "yenakiieve-yizhakevych-yurii-i-yahotyn"),
        ("М’ясо на подвір’ї", "miaso-na-podviri"),
        ("Щедрик і ґудзик", "shchedryk-i-gudzyk"),
        (
            "Grid operator adds 300 MW & a new line",
            "grid-operator-adds-300-mw-a-new-line",
        ),
        ("Львів: «Кава» — 2026", "lviv-kava-2026"),
    ],
)
def test_headlines_become_ascii_slugs_by_the_national_transliteration(headline, slug):
    assert slug_from_headline(headline) == slug


def test_transliteration_distinguishes_the_start_of_a_word():
    assert transliterate("Яблуко") == "yabluko"
    assert transliterate("яблуко") == "yabluko"
    assert transliterate("поява") == "poiava"


def test_slug_is_cut_at_a_word_boundary():
    slug = slug_from_headline("word " * 60, max_length=30)
    assert len(slug) <= 30
    assert not slug.endswith("-")
    assert slug.split("-") == ["word"] * len(slug.split("-"))


def test_headline_with_nothing_to_slug_still_has_a_slug():
    assert slug_from_headline("!!! ???") == "article"


@pytest.mark.django_db
def test_saving_without_a_slug_fills_a_unique_one():
    first = ArticleFactory(headline="Нова лінія метро", slug="")
    second = ArticleFactory(headline="Нова лінія метро", slug="")
    assert first.slug == "nova-liniia-metro"
    assert second.slug == "nova-liniia-metro-2"
