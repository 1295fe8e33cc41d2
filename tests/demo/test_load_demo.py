import pytest
from django.core.management import call_command

from articles import demo_data
from articles.models import Article, Author, Section, Source, Topic

pytestmark = pytest.mark.django_db


def test_demo_content_is_big_enough_and_varied():
    assert len(demo_data.ARTICLES) >= 60
    assert len(demo_data.SECTIONS) >= 6
    assert len(demo_data.TOPICS) >= 15
    with_quote_and_list = [
        a
        for a in demo_data.ARTICLES
        if "<blockquote>" in a["body"] and "<ul>" in a["body"]
    ]
    assert len(with_quote_and_list) >= len(demo_data.ARTICLES) // 4
    assert sum(a["is_lead"] for a in demo_data.ARTICLES) == 1


def test_load_demo_creates_published_articles_with_images(capsys):
    call_command("load_demo")
    assert Article.objects.published().count() == len(demo_data.ARTICLES)
    assert Section.objects.count() == len(demo_data.SECTIONS)
    assert Topic.objects.count() == len(demo_data.TOPICS)
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
