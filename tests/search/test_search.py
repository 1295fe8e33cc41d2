import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.models import Article
from tests.factories import ArticleFactory
from tests.services import need_service

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def postgres():
    need_service(
        "PostgreSQL",
        connection.vendor == "postgresql",
        f"full-text search runs on PostgreSQL; this run uses {connection.vendor}",
    )


def search(client, query, **params):
    return client.get("/search/", {"q": query, **params})


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def result_headlines(response):
    return [h.get_text() for h in soup(response).select(".search-result__headline")]


def status_text(response):
    return soup(response).select_one(".search-status").get_text(" ", strip=True)


def test_headline_match_ranks_above_body_match(client, postgres):
    """A word in the headline outranks the same word in the body."""
    ArticleFactory(headline="Quiet day at the council", body="<p>Transformers</p>")
    ArticleFactory(headline="Transformers arrive in Kharkiv", body="<p>Quiet.</p>")
    ArticleFactory(headline="Lead only", lead="Spare transformers were counted.")
    ArticleFactory(headline="Unrelated", body="<p>Nothing here.</p>")
    assert Article.objects.published().search("transformers").count() == 3
    response = search(client, "transformers")
    assert result_headlines(response) == [
        "Transformers arrive in Kharkiv",
        "Lead only",
        "Quiet day at the council",
    ]


def test_websearch_syntax_phrases_or_and_minus(client, postgres):
    """Quotes, "or" and a leading minus mean what they do on the web."""
    ArticleFactory(headline="Power grid repairs finish early")
    ArticleFactory(headline="Grid of power lines over the river")
    ArticleFactory(headline="Football grid announced")
    found = Article.objects.published().search
    assert [a.headline for a in found('"power grid"')] == [
        "Power grid repairs finish early"
    ]
    assert found("football or river").count() == 2
    assert set(found("grid -football").values_list("headline", flat=True)) == {
        "Power grid repairs finish early",
        "Grid of power lines over the river",
    }


def test_ukrainian_and_english_words_match_in_any_case(client, postgres):
    """Cyrillic capitals, Latin accents and mixed scripts all find articles."""
    ArticleFactory(headline="Київ готує нові укриття", lead="Kyiv prepares shelters.")
    ArticleFactory(headline="Café owners in Lviv", lead="Кав'ярні Львова.")
    found = Article.objects.published().search
    assert found("КИЇВ").get().headline == "Київ готує нові укриття"
    assert found("укриття kyiv").count() == 1
    assert found("cafe").get().headline == "Café owners in Lviv"
    assert found("львова").count() == 1


def test_only_published_articles_are_found(client, postgres):
    ArticleFactory(headline="Published sorghum story")
    ArticleFactory(headline="Draft sorghum story", status=Article.Status.DRAFT)
    assert result_headlines(search(client, "sorghum")) == ["Published sorghum story"]


def test_snippets_highlight_matches_and_escape_article_text(client, postgres):
    """Matches come back in <mark>; text that looks like markup stays text."""
    ArticleFactory(
        headline="Sorghum <b>fields</b> & farms",
        lead="Farmers plant sorghum.",
        body="<p>More <strong>sorghum</strong> &amp; less wheat.</p>",
    )
    page = soup(search(client, "sorghum"))
    headline = page.select_one(".search-result__headline a")
    assert headline.get_text() == "Sorghum <b>fields</b> & farms"
    assert [m.get_text() for m in headline.select("mark")] == ["Sorghum"]
    assert not headline.select("b")
    snippet = page.select_one(".search-result__snippet")
    assert "sorghum" in [m.get_text() for m in snippet.select("mark")]
    assert "& less wheat" in snippet.get_text()
    assert not snippet.select("strong")


def test_results_are_paginated_and_keep_the_query(client, postgres):
    for n in range(23):
        ArticleFactory(headline=f"Wagon order {n}")
    first = search(client, "wagon")
    assert len(result_headlines(first)) == 20
    assert "23 статті відповідають" in status_text(first)
    next_link = soup(first).select_one(".search-page a[rel=next]")["href"]
    assert next_link == "?q=wagon&page=2"
    assert len(result_headlines(search(client, "wagon", page=2))) == 3
    assert search(client, "wagon", page=3).status_code == 404
    assert search(client, "wagon", page="x").status_code == 404


def test_search_page_is_noindex_and_not_publicly_cached(client):
    ArticleFactory(headline="Grain exports rise")
    response = search(client, "grain")
    assert response.status_code == 200
    assert response.headers["X-Robots-Tag"] == "noindex"
    cache_control = response.headers["Cache-Control"]
    assert "private" in cache_control and "public" not in cache_control
    robots = soup(response).find("meta", attrs={"name": "robots"})
    assert "noindex" in robots["content"]
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("", 200, "Введіть одне-два слова"),
        ("   ", 200, "Введіть одне-два слова"),
        ("x" * 201, 400, "Запит задовгий (символів: 201, межа — 200)"),
        ('"', 200, "немає літер чи цифр"),
        ('"unclosed quote', 200, "Жодна стаття не відповідає"),
        ("& | ! :", 200, "немає літер чи цифр"),
        ("grid & | ! : power", 200, "Жодна стаття не відповідає"),
        ("a:b!c|d&e", 200, "Жодна стаття не відповідає"),
        ("grid\x00power", 200, "пропущено"),
        ("\x00", 200, "Введіть одне-два слова"),
        ("🦀🦀", 200, "немає літер чи цифр"),
        ("енергія 🦀", 200, "Жодна стаття не відповідає"),
        ("Київ", 200, "Жодна стаття не відповідає"),
        ("Kyiv Київ ΑΒΓ 東京", 200, "Жодна стаття не відповідає"),
        ("'; DROP TABLE articles_article; --", 200, "Жодна стаття не відповідає"),
        ("1' OR '1'='1", 200, "Жодна стаття не відповідає"),
        ("<script>alert(1)</script>", 200, "Жодна стаття не відповідає"),
        ("-", 200, "немає літер чи цифр"),
        # Only "without" words: everything else matches, as on the web.
        ("-grid", 200, "1 стаття відповідає"),
        ("or", 200, "Жодна стаття не відповідає"),
        ("\\", 200, "немає літер чи цифр"),
        ("%_%", 200, "немає літер чи цифр"),
    ],
)
def test_odd_queries_never_fail_and_say_what_happened(client, query, status, message):
    ArticleFactory(headline="Something else entirely")
    response = search(client, query)
    assert response.status_code == status
    assert message in status_text(response)
    assert "<script>alert" not in response.content.decode()


def test_the_long_query_is_refused_not_cut(client):
    ArticleFactory(headline="Grid news")
    response = search(client, "grid " * 50)
    assert response.status_code == 400
    assert not result_headlines(response)


def test_a_nul_byte_is_dropped_and_the_rest_searched(client):
    ArticleFactory(headline="Grid repairs")
    response = search(client, "gr\x00id")
    assert result_headlines(response) == ["Grid repairs"]
    assert "пропущено" in status_text(response)


def test_every_page_has_the_search_box_in_its_header(client):
    article = ArticleFactory()
    for path in ["/", "/news/", article.get_absolute_url(), "/no-such-page/"]:
        form = soup(client.get(path)).select_one("header form[role=search]")
        assert form["action"] == "/search/" and form["method"] == "get"
        assert form.select_one("input[name=q]")["maxlength"] == "200"


def test_search_on_sqlite_uses_the_fallback(client):
    """On SQLite the portable search finds Cyrillic in any case."""
    if connection.vendor != "sqlite":
        pytest.skip("runs on SQLite; test_the_sqlite_fallback_passes covers it")
    ArticleFactory(headline="Київ готує нові укриття", body="<p>Energy</p>")
    ArticleFactory(headline="Energy prices", lead="ЛЬВІВ")
    ArticleFactory(headline="Other", body="<p class='energy'>Nothing</p>")
    found = Article.objects.published().search
    assert found("КИЇВ").get().headline == "Київ готує нові укриття"
    assert found("львів").get().headline == "Energy prices"
    assert [a.headline for a in found("energy")] == [
        "Energy prices",
        "Київ готує нові укриття",
    ]
    assert found("energy -київ").get().headline == "Energy prices"
    assert found("100%").count() == 0
    page = soup(search(client, "укриття"))
    assert page.select_one(".search-result__headline mark").get_text() == "укриття"


def test_the_sqlite_fallback_passes():
    """The search tests also pass on SQLite (run in a child pytest)."""
    if connection.vendor == "sqlite":
        pytest.skip("this run is on SQLite already")
    env = {
        **os.environ,
        "DATABASE_URL": "sqlite:///" + str(ROOT / ".pytest-search-sqlite.db"),
        "CI": "",
        "REQUIRE_SERVICES": "",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{__file__}::test_search_on_sqlite_uses_the_fallback",
            f"{__file__}::test_odd_queries_never_fail_and_say_what_happened",
            f"{__file__}::test_every_ukrainian_apostrophe_finds_every_other",
            f"{__file__}::test_no_query_at_all_makes_a_500",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout


@pytest.mark.parametrize("typed", ["м'ясо", "м’ясо", "мʼясо", "М'ЯСО"])
def test_every_ukrainian_apostrophe_finds_every_other(client, typed):
    """', ’ and the modifier letter ʼ (U+02BC) are the same apostrophe."""
    ArticleFactory(headline="Ціни на мʼясо зросли")
    ArticleFactory(headline="М'ясо дешевшає", lead="Without the modifier letter.")
    ArticleFactory(headline="Ціни на м’ясо стабільні")
    ArticleFactory(headline="Ясна погода")
    found = Article.objects.published().search(typed)
    assert found.count() == 3


@given(query=st.text(max_size=220))
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_no_query_at_all_makes_a_500(client, query):
    """Any text, in any script or none, is answered and explained."""
    response = search(client, query)
    assert response.status_code in (200, 400)
    assert status_text(response)
