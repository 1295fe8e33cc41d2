"""
The demo newsroom's content, read from the JSON files in ``demo/data/``.

Original text for the portal, a fictional newsroom: every headline, lead,
body, person and quote was written for this project; none is copied from a
real news site. ``newsroom.json`` holds the sections, topics, authors and
sources; ``articles/`` one file per article, loaded in file-name order,
its body as a list of lines. Slugs come from the headlines
(``articles.slugs``) when loaded.
"""

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
# What every article file has (``correction`` and ``source`` may be empty).
ARTICLE_FIELDS = {
    "key",
    "headline",
    "lead",
    "section",
    "topics",
    "authors",
    "source",
    "hours_ago",
    "is_lead",
    "hero_alt",
    "hero_caption",
    "hero_credit",
    "correction",
    "body",
}


class DemoDataError(ValueError):
    """A data file that cannot be read, named in the message."""


def _read(path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DemoDataError(f"Cannot read demo data file {path}: {exc}") from None


def newsroom(data=None):
    """``{"sections": [...], "topics": [...], "authors": [...], "sources": [...]}``."""
    return _read((data or DATA) / "newsroom.json")


def articles(data=None):
    """Every demo article as a dict, its ``body`` one string of HTML."""
    items = []
    for path in sorted(((data or DATA) / "articles").glob("*.json")):
        item = _read(path)
        if not isinstance(item, dict):
            raise DemoDataError(f"Demo data file {path} lacks an object.")
        if missing := sorted(ARTICLE_FIELDS - set(item)):
            raise DemoDataError(f"Demo data file {path} lacks {', '.join(missing)}.")
        try:
            item["body"] = "\n".join(item["body"])
        except TypeError:
            raise DemoDataError(
                f"Demo data file {path}: 'body' must be a list of lines."
            ) from None
        items.append(item)
    return items
