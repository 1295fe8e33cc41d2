"""
Two editions: every article gets one, by its language, and a translation key.

Existing articles are sorted by their text: mostly Cyrillic letters in the
headline and lead make a Ukrainian article, anything else an English one,
so no article is lost or hidden. Each article starts in a translation
group of its own (a fresh key per row, not one default for all);
historical versions take their article's key.
"""

import uuid

from django.conf import settings
from django.db import migrations, models

# Kept here rather than imported: a migration must not change when the
# app's code does.
CYRILLIC = set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ")


def language_of(text):
    letters = [c for c in text.lower() if c.isalpha()]
    cyrillic = sum(c in CYRILLIC for c in letters)
    return "uk" if letters and cyrillic * 2 > len(letters) else "en"


def sort_into_editions(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Historical = apps.get_model("articles", "HistoricalArticle")
    keys = {}
    for article in Article.objects.only("pk", "headline", "lead").iterator():
        article.edition = language_of(f"{article.headline} {article.lead}")
        article.translation_key = keys[article.pk] = uuid.uuid4()
        article.save(update_fields=["edition", "translation_key"])
    for version in Historical.objects.only("history_id", "id", "headline", "lead"):
        version.edition = language_of(f"{version.headline} {version.lead}")
        version.translation_key = keys.get(version.id) or uuid.uuid4()
        version.save(update_fields=["edition", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_article_search_postgresql"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="edition",
            field=models.CharField(
                choices=[("uk", "Українська"), ("en", "English")],
                db_index=True,
                default="uk",
                max_length=2,
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.AddField(
            model_name="historicalarticle",
            name="edition",
            field=models.CharField(
                choices=[("uk", "Українська"), ("en", "English")],
                db_index=True,
                default="uk",
                max_length=2,
            ),
        ),
        migrations.AddField(
            model_name="historicalarticle",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.AddField(
            model_name="section",
            name="description_uk",
            field=models.TextField(blank=True, verbose_name="description (Ukrainian)"),
        ),
        migrations.AddField(
            model_name="section",
            name="name_uk",
            field=models.CharField(
                blank=True, max_length=80, verbose_name="name (Ukrainian)"
            ),
        ),
        migrations.AddField(
            model_name="topic",
            name="description_uk",
            field=models.TextField(blank=True, verbose_name="description (Ukrainian)"),
        ),
        migrations.AddField(
            model_name="topic",
            name="name_uk",
            field=models.CharField(
                blank=True, max_length=80, verbose_name="name (Ukrainian)"
            ),
        ),
        migrations.AlterField(
            model_name="section",
            name="description",
            field=models.TextField(blank=True, verbose_name="description (English)"),
        ),
        migrations.AlterField(
            model_name="section",
            name="name",
            field=models.CharField(
                max_length=80, unique=True, verbose_name="name (English)"
            ),
        ),
        migrations.AlterField(
            model_name="topic",
            name="description",
            field=models.TextField(blank=True, verbose_name="description (English)"),
        ),
        migrations.AlterField(
            model_name="topic",
            name="name",
            field=models.CharField(
                max_length=80, unique=True, verbose_name="name (English)"
            ),
        ),
        migrations.RunPython(
            sort_into_editions, migrations.RunPython.noop, elidable=False
        ),
        migrations.AlterField(
            model_name="article",
            name="translation_key",
            field=models.UUIDField(
                db_index=True,
                default=uuid.uuid4,
                editable=False,
                help_text="Shared by an article and its translations.",
            ),
        ),
        migrations.AlterField(
            model_name="historicalarticle",
            name="translation_key",
            field=models.UUIDField(
                db_index=True,
                default=uuid.uuid4,
                editable=False,
                help_text="Shared by an article and its translations.",
            ),
        ),
        migrations.AddConstraint(
            model_name="article",
            constraint=models.UniqueConstraint(
                fields=("translation_key", "edition"),
                name="articles_one_translation_per_edition",
            ),
        ),
    ]
