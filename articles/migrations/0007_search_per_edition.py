"""
Search each edition in its own language (PostgreSQL only, as 0005).

English articles get ``portal_english``: ``english`` (Snowball stemming,
stop words dropped, so "shelters" finds "shelter") with ``unaccent`` in
front. Ukrainian articles keep ``portal_search`` (``simple`` + ``unaccent``;
see 0005), unless the server has a Ukrainian dictionary when this runs: a
text search dictionary named in ``UKRAINIAN_DICTIONARIES`` (installed from
a hunspell or Snowball package by an operator) is then put between
``unaccent`` and ``simple``, so words it knows are reduced to their stem
and the rest still match as typed. Nothing requires one; the detection is
a query on ``pg_ts_dict``, and ``search.text.SEARCH_CONFIGS`` names the
configurations the queries use.

A generated column's expression cannot be altered before PostgreSQL 17,
so the column and its index are made again, choosing the configuration
by the row's edition.
"""

from django.db import migrations

# Names a packaged Ukrainian dictionary is known by, most preferred first.
UKRAINIAN_DICTIONARIES = ("ukrainian_stem", "ukrainian_hunspell", "uk_ua")
WORD_TOKENS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"


def _vector(config_sql):
    return f"""
        setweight(to_tsvector({config_sql},
            translate(coalesce(headline, ''), 'ʼ', '''')), 'A')
        || setweight(to_tsvector({config_sql},
            translate(coalesce(lead, ''), 'ʼ', '''')), 'B')
        || setweight(to_tsvector({config_sql},
            translate(coalesce(body, ''), 'ʼ', '''')), 'C')
    """


def _column(config_sql):
    return [
        "DROP INDEX IF EXISTS articles_article_search_vector_gin",
        "ALTER TABLE articles_article DROP COLUMN IF EXISTS search_vector",
        f"""
        ALTER TABLE articles_article ADD COLUMN search_vector tsvector
            GENERATED ALWAYS AS ({_vector(config_sql)}) STORED
        """,
        # Why in the row: see 0005.
        "ALTER TABLE articles_article ALTER COLUMN search_vector SET STORAGE MAIN",
        "UPDATE articles_article SET headline = headline",
        """
        CREATE INDEX articles_article_search_vector_gin
            ON articles_article USING gin (search_vector)
        """,
    ]


BY_EDITION = (
    "CASE WHEN edition = 'en' THEN 'portal_english'::regconfig "
    "ELSE 'portal_search'::regconfig END"
)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT dictname FROM pg_ts_dict WHERE dictname = ANY(%s)",
            [list(UKRAINIAN_DICTIONARIES)],
        )
        found = {row[0] for row in cursor.fetchall()}
    ukrainian = next((d for d in UKRAINIAN_DICTIONARIES if d in found), None)
    statements = [
        "CREATE TEXT SEARCH CONFIGURATION portal_english (COPY = english)",
        f"""ALTER TEXT SEARCH CONFIGURATION portal_english
            ALTER MAPPING FOR {WORD_TOKENS} WITH unaccent, english_stem""",
    ]
    if ukrainian:
        statements.append(
            f"""ALTER TEXT SEARCH CONFIGURATION portal_search
                ALTER MAPPING FOR {WORD_TOKENS}
                WITH unaccent, {ukrainian}, simple"""
        )
    for statement in [*statements, *_column(BY_EDITION)]:
        schema_editor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in [
        *_column("'portal_search'"),
        f"""ALTER TEXT SEARCH CONFIGURATION portal_search
            ALTER MAPPING FOR {WORD_TOKENS} WITH unaccent, simple""",
        "DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_english",
    ]:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_editions_and_translations")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
