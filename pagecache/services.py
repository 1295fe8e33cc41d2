"""Purging the page cache; called by the apps whose content changed."""

from .backends import get_backend


def pagecache_purge(paths):
    """Drop every cached variant (all ``?page=``) of each path in ``paths``."""
    get_backend().purge(set(paths))


def pagecache_purge_all():
    """Drop every cached page, e.g. after the site navigation changed."""
    get_backend().purge_all()
