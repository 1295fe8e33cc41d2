"""Helpers for driving the article admin through the test client."""

from bs4 import BeautifulSoup
from django.utils import timezone

from articles.models import Article


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


ADD_URL = "/admin/articles/article/add/"


def _split(value):
    if not value:
        return "", ""
    local = timezone.localtime(value)
    return local.strftime("%Y-%m-%d"), local.strftime("%H:%M:%S")


def form_data(article=None, **overrides):
    """The POST an editor's browser sends for ``article``, with changes."""
    article = article or Article(status=Article.Status.DRAFT)
    data = {
        "base_version": article.version if article.pk else 0,
        "headline": article.headline,
        "slug": article.slug,
        "lead": article.lead,
        "body": article.body,
        "hero_alt": article.hero_alt,
        "hero_caption": article.hero_caption,
        "hero_credit": article.hero_credit,
        "section": article.section_id or "",
        "topics": [t.pk for t in article.topics.all()] if article.pk else [],
        "authors": [a.pk for a in article.authors.all()] if article.pk else [],
        "source": article.source_id or "",
        "status": article.status,
        "correction": article.correction,
        "_save": "Save",
        # The live entries inline (coverage app): none added or changed.
        "live_entries-TOTAL_FORMS": 0,
        "live_entries-INITIAL_FORMS": 0,
    }
    if article.is_lead_story:
        data["is_lead_story"] = "on"
    data["published_at_0"], data["published_at_1"] = _split(article.published_at)
    data["updated_at_0"], data["updated_at_1"] = _split(article.updated_at)
    for key, value in overrides.items():
        if key in ("published_at", "updated_at"):
            data[f"{key}_0"], data[f"{key}_1"] = _split(value)
        elif value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def form_errors(response):
    """Error texts on an admin form page, for readable assertions."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [e.get_text(" ", strip=True) for e in soup.select(".errorlist li")]


def field_value(response, name):
    soup = BeautifulSoup(response.content, "html.parser")
    element = soup.select_one(f"[name={name}]")
    if element is None:
        return None
    if element.name == "textarea":
        # Django's textarea template starts with a newline the browser drops.
        return element.get_text().removeprefix("\n")
    return element.get("value")
