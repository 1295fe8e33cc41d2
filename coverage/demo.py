"""
Demo live stories: original, fictional entries for two demo articles.

Loaded by ``load_demo`` after the articles; no breaking banner is set, so
a fresh site shows none until an editor marks one.
"""

from datetime import timedelta

from django.db.models import F
from django.utils import timezone

from articles.slugs import slug_from_headline

# Article headline -> entries, oldest first: (minutes ago, title, body).
LIVE_STORIES = {
    "Grid operator completes reserve of spare transformers as regions brace "
    "for peak demand": [
        (
            150,
            "Evening peak forecast raised",
            "<p>The grid operator raised its forecast for tonight's evening "
            "peak after temperatures in the east fell faster than expected. "
            "Dispatchers say the reserve of spare transformers means repairs "
            "can start within hours if a substation fails.</p>",
        ),
        (
            95,
            "",
            "<p>Two regional utilities asked large industrial customers to "
            "move energy-hungry work to the night hours this week. Most of them "
            "agreed, the operator said.</p>",
        ),
        (
            40,
            "Spare unit on its way to a substation in the north",
            "<p>A transformer from the reserve left a depot near Bila Tserkva "
            "on a heavy-load trailer, escorted by police. Engineers expect it "
            "to be connected by tomorrow morning.</p>",
        ),
        (
            10,
            "What households can do tonight",
            "<p>The operator asks households to avoid running several heavy "
            "appliances at once between 17:00 and 22:00.</p><ul><li>Wash and "
            "dry laundry later in the evening.</li><li>Charge power banks "
            "during the day.</li></ul>",
        ),
    ],
    "Київські подвір’я оживають: мешканці облаштовують спільні городи, "
    "лавки та тінь для спеки": [
        (
            30,
            "Толока стартувала у двадцяти дворах",
            "<p>Мешканці двадцяти київських дворів вийшли садити дерева й "
            "фарбувати лавки. Найбільше волонтерів зібралося на Оболоні, де "
            "облаштовують спільний город.</p>",
        ),
        (
            18,
            "",
            "<p>Комунальники привезли саджанці клена й липи та пообіцяли "
            "поливати їх перші два тижні, поки мешканці не складуть графік.</p>",
        ),
        (
            6,
            "Наступна толока — за тиждень",
            "<p>Організатори кажуть, що до наступних вихідних приєднаються ще "
            "дванадцять дворів. Записатися можна в домових чатах.</p>",
        ),
    ],
}


def load_live_stories(*, now=None):
    """Add the demo entries to their articles; returns how many were added."""
    from articles.models import Article

    from .models import LiveCoverage, LiveEntry

    now = now or timezone.now()
    added = 0
    for headline, entries in LIVE_STORIES.items():
        article = Article.objects.filter(slug=slug_from_headline(headline)).first()
        if article is None or LiveCoverage.objects.filter(article=article).exists():
            continue
        started = now - timedelta(minutes=entries[0][0] + 10)
        LiveCoverage.objects.create(article=article, started_at=started)
        for minutes, title, body in entries:
            LiveEntry.objects.create(
                article=article,
                time=now - timedelta(minutes=minutes),
                title=title,
                body=body,
                author=article.authors.first(),
            )
            added += 1
        # The story was last updated by its newest entry, not at loading.
        newest = now - timedelta(minutes=entries[-1][0])
        Article.objects.filter(pk=article.pk).update(updated_at=newest)
        LiveEntry.objects.filter(article=article).update(updated_at=F("time"))
    return added
