"""
Full-text search on PostgreSQL: a stored, GIN-indexed ``search_vector``.

Only PostgreSQL gets the column; on other databases the operations do
nothing and ``ArticleQuerySet.search()`` uses its portable fallback. The
column is not a model field, so no ORM write ever names it: PostgreSQL
computes it on every insert and update.

The ``portal_search`` text search configuration is ``simple`` (no stemming,
no stop words: PostgreSQL has no Ukrainian stemmer, and an English stemmer
mangles Ukrainian words) with ``unaccent`` in front, so "cafe" finds "café"
and "ё" matches "е" while Ukrainian letters (й, ї, є, ґ) are left alone.
A two-argument ``to_tsvector(regconfig, text)`` is immutable, which is what
lets a generated column use ``unaccent`` through the configuration.

The Ukrainian apostrophe is typed three ways: ' and ’ split a word for the
parser ("м'ясо" is "м" then "ясо"), but the modifier letter ʼ (U+02BC) is a
letter and would make one word of it; ``translate()`` turns it into ' so
all three spellings match (``search.normalise()`` does the same to queries).
"""

from django.db import migrations

FORWARDS = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH CONFIGURATION portal_search (COPY = simple)",
    """
    ALTER TEXT SEARCH CONFIGURATION portal_search
        ALTER MAPPING FOR asciiword, asciihword, hword_asciipart,
                          word, hword, hword_part
        WITH unaccent, simple
    """,
    """
    ALTER TABLE articles_article ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('portal_search',
                translate(coalesce(headline, ''), 'ʼ', '''')), 'A')
            || setweight(to_tsvector('portal_search',
                translate(coalesce(lead, ''), 'ʼ', '''')), 'B')
            || setweight(to_tsvector('portal_search',
                translate(coalesce(body, ''), 'ʼ', '''')), 'C')
        ) STORED
    """,
    # Keep the vector in the row, not in the TOAST table. Out of line, the
    # planner sees a small heap, prefers a sequential scan for common words
    # and then detoasts every article's vector (measured with
    # bench/search_timing.py over 10,000 articles: 150 ms for a count that
    # takes 16 ms through the GIN index). The UPDATE re-stores vectors
    # computed before this setting (none on a fresh database).
    "ALTER TABLE articles_article ALTER COLUMN search_vector SET STORAGE MAIN",
    "UPDATE articles_article SET headline = headline",
    """
    CREATE INDEX articles_article_search_vector_gin
        ON articles_article USING gin (search_vector)
    """,
]

BACKWARDS = [
    "DROP INDEX IF EXISTS articles_article_search_vector_gin",
    "ALTER TABLE articles_article DROP COLUMN IF EXISTS search_vector",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_search",
]


def run_on_postgresql(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("articles", "0004_editors_and_authors_groups")]

    operations = [
        migrations.RunPython(
            run_on_postgresql(FORWARDS),
            run_on_postgresql(BACKWARDS),
            elidable=False,
        ),
    ]
