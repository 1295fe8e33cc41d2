"""Addresses in a given edition, and the way from a page to its counterpart."""

from django.conf import settings
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils import translation

from .choices import DEFAULT


def languages():
    """The editions' language codes, the default (Ukrainian) first."""
    return [code for code, _ in settings.LANGUAGES]


def current_edition():
    """The edition being rendered: the active language (set from the path)."""
    language = translation.get_language() or DEFAULT
    return language if language in languages() else DEFAULT


def edition_from_path(path):
    """
    The edition a path belongs to: the one whose prefix it starts with
    (``/en/…``), else the default edition (``/…``). Only the path decides,
    never Accept-Language or a cookie: pages are cached by path, and one
    path must be the same bytes for every reader.
    """
    language = translation.get_language_from_path(path)
    return language if language in languages() else DEFAULT


def resolve_in_edition(path):
    """
    ``resolve(path)`` in the path's own edition: ``/en/…`` resolves only
    with English active. Raises ``Resolver404`` like ``resolve()``.
    """
    with translation.override(edition_from_path(path)):
        return resolve(path)


def reverse_in(edition, name, **kwargs):
    """``reverse()`` as the edition ``edition`` spells its addresses."""
    with translation.override(edition):
        return reverse(name, kwargs=kwargs or None)


def in_each_edition(name, **kwargs):
    """The address named ``name`` in every edition, the default first."""
    return [reverse_in(language, name, **kwargs) for language in languages()]


def counterpart_path(path, edition):
    """
    The same page in ``edition``: the same URL name and arguments there
    (front page, sections, topics, authors, latest, search), or None when
    the path names no page of an edition.
    """
    try:
        resolve(path)
    except Resolver404:
        return None
    translated = translate_url(path, edition)
    return translated if edition_from_path(translated) == edition else None
