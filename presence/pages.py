"""
Which paths count as pages: a client names the page it reads, and only
paths the site serves are counted as pages and written to the store.

The presence app knows no articles: ``PRESENCE_PAGE_VALIDATOR`` names a
function ``(paths) -> the paths among them that are pages``, sync, which
may use the database (the portal's is ``articles.selectors.public_paths``;
None counts every well-formed path). Its answers are cached per process,
bounded in size and kept for ``CACHE_SECONDS``, so a path costs one check
a minute however many readers claim it.

A socket on a path that is not a page is still counted online and still
served the numbers; it is just not counted on that path (DESIGN.md).
"""

import time

from asgiref.sync import sync_to_async
from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils.module_loading import import_string

# Distinct paths whose answer a process keeps, and for how long.
CACHE_SIZE = 10_000
CACHE_SECONDS = 60


def resolvable_paths(paths):
    """A validator without a database: the paths Django's URLs resolve."""
    valid = []
    for path in paths:
        try:
            resolve(path)
        except Resolver404:
            continue
        valid.append(path)
    return valid


class PageFilter:
    """The validator's answers, cached; see the module docstring."""

    def __init__(self, validator, *, size=CACHE_SIZE, seconds=CACHE_SECONDS):
        self.validator = validator
        self.size = size
        self.seconds = seconds
        self._answers = {}  # path -> (is a page, until), oldest first

    @classmethod
    def from_settings(cls):
        name = getattr(settings, "PRESENCE_PAGE_VALIDATOR", None)
        return cls(import_string(name) if name else None)

    def known(self, path):
        """Return True or False when the answer is cached, else None."""
        if self.validator is None:
            return True
        answer = self._answers.get(path)
        if answer is None:
            return None
        if answer[1] < time.monotonic():
            del self._answers[path]
            return None
        return answer[0]

    async def pages(self, paths):
        """Return the set of ``paths`` that are pages, asking what is unknown."""
        paths = set(paths)
        unknown = [path for path in paths if self.known(path) is None]
        if unknown:
            valid = set(await sync_to_async(self.validator)(unknown))
            until = time.monotonic() + self.seconds
            for path in unknown:
                self._remember(path, path in valid, until)
        return {path for path in paths if self.known(path)}

    def _remember(self, path, answer, until):
        self._answers.pop(path, None)
        while len(self._answers) >= self.size:
            del self._answers[next(iter(self._answers))]
        self._answers[path] = (answer, until)
