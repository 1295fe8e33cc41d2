"""
Time the search over the demo content and over 10,000 generated articles.

    .venv/bin/python bench/search_timing.py [--database-url URL] [--runs N]

Creates a throwaway PostgreSQL database (default: ``portal_seo_bench`` on
127.0.0.1:5432), migrates it, loads the demo content (66 articles) and times
typical queries; then adds generated articles up to 10,000 (sentences
recombined from the demo articles, so the vocabulary is realistic) and times
them again. The database is dropped at the end unless ``--keep``.

Two figures per query: the database work the search page does (count plus
the first page of 20 with highlighted snippets) and the whole search page
through Django's test client (view, template, middleware). p50 and p99 over
``--runs`` runs each, after one warm-up run. Results go to stdout and to
bench/results/search_timing.md.
"""

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
QUERIES = [
    "grid",
    "transformers",
    "energy prices",
    '"power grid"',
    "grain or wheat",
    "school -kharkiv",
    "kharkiv",
    "the",  # In nearly every article: the worst case for ranking.
    "Київ",
    "zzqx",  # Matches nothing.
]


def recreate_database(url):
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database(url):
    import psycopg
    from django.db import connections

    connections.close_all()
    parts = urlsplit(url)
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{parts.path.lstrip("/")}"')


def percentile(samples, fraction):
    ordered = sorted(samples)
    index = min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))
    return ordered[index]


def time_queries(runs):
    from django.test import Client

    from articles.models import Article
    from articles.pagination import PER_PAGE

    client = Client()
    rows = []
    for query in QUERIES:

        def database_work(query=query):
            found = Article.objects.published().search(query)
            count = found.count()
            page = list(found.highlighted(query).for_listing()[:PER_PAGE])
            return count, page

        def whole_page(query=query):
            response = client.get("/search/", {"q": query})
            assert response.status_code == 200, response.status_code

        count, _ = database_work()
        whole_page()
        figures = {"query": query, "matches": count}
        for label, work in (("db", database_work), ("page", whole_page)):
            samples = []
            for _ in range(runs):
                start = time.perf_counter()
                work()
                samples.append((time.perf_counter() - start) * 1000)
            figures[f"{label}_min"] = min(samples)
            figures[f"{label}_p50"] = statistics.median(samples)
            figures[f"{label}_p99"] = percentile(samples, 0.99)
        rows.append(figures)
    return rows


def generate_articles(total, seed=7):
    """Add articles until there are ``total``, from the demo's sentences."""
    from django.utils import timezone

    from articles.models import Article, Section
    from demo import content

    rng = random.Random(seed)
    sections = list(Section.objects.all())
    sentences, paragraphs, headlines = [], [], []
    for item in content.articles():
        headlines.append(item["headline"])
        paragraphs += re.findall(r"<p>.*?</p>", item["body"], flags=re.S)
        sentences += re.split(r"(?<=\.)\s+", item["lead"])
    words = " ".join(headlines).split()
    now = timezone.now()
    existing = Article.objects.count()
    batch = []
    for n in range(existing, total):
        headline = " ".join(rng.sample(words, rng.randint(7, 13))).capitalize()
        batch.append(
            Article(
                headline=headline[:200],
                slug=f"generated-{n}",
                lead=" ".join(rng.sample(sentences, 2)),
                body="".join(rng.sample(paragraphs, rng.randint(4, 9))),
                section=rng.choice(sections),
                status=Article.Status.PUBLISHED,
                published_at=now - timedelta(minutes=rng.randint(60, 60 * 24 * 365)),
            )
        )
        if len(batch) == 1000:
            Article.objects.bulk_create(batch)
            batch = []
    Article.objects.bulk_create(batch)


def table(title, rows):
    lines = [
        f"### {title}",
        "",
        "| query | matches | db min | db p50 | db p99 | page min | page p50 "
        "| page p99 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| `{row['query']}` | {row['matches']} | {row['db_min']:.1f} ms "
            f"| {row['db_p50']:.1f} ms | {row['db_p99']:.1f} ms "
            f"| {row['page_min']:.1f} ms | {row['page_p50']:.1f} ms "
            f"| {row['page_p99']:.1f} ms |"
        )
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default="postgres://postgres@127.0.0.1:5432/portal_seo_bench",
        help="a database this script may drop and create",
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--keep", action="store_true", help="keep the database")
    args = parser.parse_args()

    recreate_database(args.database_url)
    media = tempfile.mkdtemp(prefix="search-bench-media-")
    os.environ.update(
        DATABASE_URL=args.database_url,
        DEBUG="0",
        SECRET_KEY="bench-only-secret-key",  # noqa: S106 -- a throwaway run
        ALLOWED_HOSTS="testserver",
        SECURE_SSL_REDIRECT="0",
        STATIC_MANIFEST="0",
        WHITENOISE_USE_FINDERS="1",
        MEDIA_ROOT=media,
        REDIS_URL="",
        LOG_LEVEL="WARNING",
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    load_before = os.getloadavg()[0]
    try:
        call_command("migrate", verbosity=0)
        call_command("load_demo", verbosity=0)
        demo = time_queries(args.runs)
        started = time.perf_counter()
        generate_articles(args.articles)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE articles_article")
            cursor.execute("SELECT count(*) FROM articles_article")
            (total,) = cursor.fetchone()
            cursor.execute("SELECT version()")
            (version,) = cursor.fetchone()
        generated_in = time.perf_counter() - started
        large = time_queries(args.runs)
    finally:
        if not args.keep:
            drop_database(args.database_url)

    report = (
        f"## Search timing ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())})\n\n"
        f"{version.split(',')[0]}; {os.cpu_count()} CPUs; {args.runs} runs "
        "per figure after a warm-up; db = count + first 20 results with "
        "ts_headline snippets; page = the whole /search/ response through "
        "Django's test client; min = the run least disturbed by other work "
        f"on the machine. Generating and indexing {total - 66:,} "
        f"articles took {generated_in:.1f} s. Load average (1 min) "
        f"{load_before:.1f} before and {os.getloadavg()[0]:.1f} after: the "
        "machine is shared, so read p50 and p99 as upper bounds.\n\n"
        + table("Demo content (66 articles)", demo)
        + "\n"
        + table(f"{total:,} articles", large)
    )
    print(report)
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "search_timing.md").write_text(report)


if __name__ == "__main__":
    main()
