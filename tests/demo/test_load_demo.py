import hashlib
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article, Author, Section, Source, Topic
from articles.slugs import slug_from_headline
from demo import content
from editions.choices import Edition

pytestmark = pytest.mark.django_db

# The demo newsroom as the Python literals of articles/demo_data.py loaded it
# before they became the data files in demo/data/ (computed from a database
# that the old loader filled). Changing the data files on purpose changes
# these: print fingerprint() after load_demo and paste it here.
COUNTS = {"articles": 96, "sections": 8, "topics": 22, "authors": 7, "sources": 5}
FIRST_HEADLINE = (
    "Grid operator completes reserve of spare transformers as regions brace "
    "for peak demand"
)
# Two articles are live stories (coverage.demo): updated by their newest entry.
FINGERPRINT = "3938850546b69fe8d03415826e7262f7bc3d80ee10feeb2ce32e407ed3837a7f"


def original_slugs():
    return {
        slug_from_headline(item["headline"])
        for item in content.articles()
        if not item.get("translation_of")
    }


def counts():
    return {
        "articles": Article.objects.count(),
        "sections": Section.objects.count(),
        "topics": Topic.objects.count(),
        "authors": Author.objects.count(),
        "sources": Source.objects.count(),
    }


def fingerprint():
    """A digest of everything load_demo writes, but files and clock times."""
    rows = {
        "sections": list(
            Section.objects.order_by("slug").values_list(
                "slug", "name", "description", "position"
            )
        ),
        "topics": list(
            Topic.objects.order_by("slug").values_list("slug", "name", "description")
        ),
        "authors": list(
            Author.objects.order_by("slug").values_list("slug", "name", "role", "bio")
        ),
        "sources": list(Source.objects.order_by("name").values_list("name", "url")),
        "articles": [
            [
                article.headline,
                article.slug,
                article.lead,
                article.body,
                article.section.slug,
                article.source.name if article.source else None,
                article.status,
                article.is_lead_story,
                article.hero_alt,
                article.hero_caption,
                article.hero_credit,
                article.correction,
                [topic.slug for topic in article.topics.order_by("slug")],
                [author.slug for author in article.authors.order_by("slug")],
                # How long before loading it was published, and corrected.
                round((article.created_at - article.published_at).total_seconds() / 60),
                round((article.updated_at - article.published_at).total_seconds() / 60)
                if article.updated_at
                else None,
                [article.hero_width, article.hero_height],
            ]
            # The originals: the newsroom the literals loaded (translations
            # for the Ukrainian edition came later, issue 17).
            for article in Article.objects.filter(slug__in=original_slugs())
            .order_by("pk")
            .select_related("section", "source")
        ],
    }
    payload = json.dumps(rows, ensure_ascii=False, sort_keys=True, default=list)
    return hashlib.sha256(payload.encode()).hexdigest()


def test_demo_content_is_big_enough_and_varied():
    articles = content.articles()
    newsroom = content.newsroom()
    assert len(articles) >= 60
    assert len(newsroom["sections"]) >= 6
    assert len(newsroom["topics"]) >= 15
    with_quote_and_list = [
        a for a in articles if "<blockquote>" in a["body"] and "<ul>" in a["body"]
    ]
    assert len(with_quote_and_list) >= len(articles) // 4
    # One lead story per edition.
    assert sum(a["is_lead"] for a in articles if a.get("edition") != "uk") == 1
    assert sum(a["is_lead"] for a in articles if a.get("edition") == "uk") == 1
    assert sum(any("\u0400" <= c <= "\u04ff" for c in a["headline"]) for a in articles)


def test_load_demo_creates_published_articles_with_images(capsys):
    """The data files load the same newsroom the Python literals did."""
    call_command("load_demo")
    assert counts() == COUNTS
    assert Article.objects.order_by("pk").first().headline == FIRST_HEADLINE
    assert fingerprint() == FINGERPRINT
    assert Article.objects.published().count() == len(content.articles())
    assert Section.objects.count() == len(content.newsroom()["sections"])
    assert Topic.objects.count() == len(content.newsroom()["topics"])
    article = Article.objects.filter(body__contains="<blockquote>").first()
    assert article.hero_image and article.hero_width == 1200
    assert article.hero_alt
    assert article.topics.exists() and article.authors.exists()
    assert "<h2>" in article.body
    days = {a.published_at.date() for a in Article.objects.all()}
    assert len(days) >= 14  # spread over recent weeks


def test_load_demo_stores_hero_image_dimensions():
    """
    Width and height are stored, so loading an article never opens its image
    (Django reads the file on every load when they are empty).
    """
    call_command("load_demo")
    stored = Article.objects.exclude(hero_image="").values_list(
        "hero_width", "hero_height"
    )
    assert stored and all(w == 1200 and h for w, h in stored)


def test_load_demo_twice_creates_no_duplicates():
    call_command("load_demo")
    counts = [m.objects.count() for m in (Article, Section, Topic, Author, Source)]
    call_command("load_demo")
    assert [
        m.objects.count() for m in (Article, Section, Topic, Author, Source)
    ] == counts


def test_if_empty_leaves_an_existing_newsroom_alone(capsys):
    call_command("load_demo")
    Article.objects.filter(pk=Article.objects.first().pk).delete()
    before = Article.objects.count()
    call_command("load_demo", "--if-empty")
    assert Article.objects.count() == before
    assert "not loaded" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"headline": "Half a file",', r"Cannot read .*a01\.json"),
        ('{"headline": "No body"}', r"a01\.json lacks authors, body, "),
        ('["not", "an", "article"]', r"a01\.json lacks an object"),
    ],
)
def test_a_broken_data_file_is_named_and_loads_nothing(
    tmp_path, monkeypatch, text, message
):
    (tmp_path / "articles").mkdir()
    (tmp_path / "newsroom.json").write_text(json.dumps(content.newsroom()))
    (tmp_path / "articles" / "a01.json").write_text(text)
    monkeypatch.setattr(content, "DATA", tmp_path)
    with pytest.raises(CommandError, match=message):
        call_command("load_demo")
    assert not Article.objects.exists()


def test_load_demo_writes_both_editions_with_linked_translations():
    """At least 40 articles an edition, 20 pairs, Ukrainian names (issue 17)."""
    call_command("load_demo")
    editions = {e: Article.objects.in_edition(e).published() for e in Edition}
    assert editions[Edition.UK].count() >= 40
    assert editions[Edition.EN].count() >= 40
    for edition in editions.values():
        sections = set(edition.values_list("section__slug", flat=True))
        assert sections == set(Section.objects.values_list("slug", flat=True))
    pairs = [
        group
        for group in Article.objects.values_list("translation_key", flat=True)
        .order_by()
        .distinct()
        if set(
            Article.objects.filter(translation_key=group).values_list(
                "edition", flat=True
            )
        )
        == {Edition.UK, Edition.EN}
    ]
    assert len(pairs) >= 20
    for article in Article.objects.all():
        letters = [c for c in article.headline if c.isalpha()]
        cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
        assert (cyrillic * 2 > len(letters)) == (article.edition == Edition.UK)
    assert not Section.objects.filter(name_uk="").exists()
    assert not Topic.objects.filter(name_uk="").exists()
    assert Section.objects.get(slug="politics").name_uk == "Політика"
