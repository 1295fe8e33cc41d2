"""The readers' search box."""

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

from .text import MAX_QUERY_LENGTH, has_words


def _without_control_characters(value):
    # A NUL byte makes psycopg raise (a 500); other control characters are
    # noise no reader means to search for. Whitespace becomes a space.
    return "".join(
        " " if char.isspace() else char
        for char in value
        if char.isspace() or unicodedata.category(char) != "Cc"
    )


class SearchQueryField(forms.CharField):
    """A one-line query: control characters dropped, spaces collapsed."""

    def to_python(self, value):
        value = super().to_python(value)
        return " ".join(_without_control_characters(value).split())


class SearchForm(forms.Form):
    # Set by clean_q(): the reader typed characters that were left out.
    dropped_characters = False

    q = SearchQueryField(
        label=_("Search the news"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _(
                "That search is too long: %(show_value)d characters, and the "
                "limit is %(limit_value)d. Try a few distinctive words."
            ),
        },
        widget=forms.SearchInput(attrs={"placeholder": _("Search the news")}),
    )

    def clean_q(self):
        query = self.cleaned_data["q"]
        raw = self.data.get("q", "")
        self.dropped_characters = query != " ".join(raw.split())
        return query

    @property
    def query(self):
        """The query to run, or ``""`` when there is nothing to search for."""
        if not self.is_valid():
            return ""
        query = self.cleaned_data["q"]
        return query if has_words(query) else ""

    def status(self):
        """What to tell the reader about the query itself, if anything."""
        if not self.is_valid():
            return "invalid"
        query = self.cleaned_data["q"]
        if not query:
            return "empty"
        if not has_words(query):
            return "no-words"
        return "ok"
