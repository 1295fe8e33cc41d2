"""The live desk's numbers inside the article admin."""

import time

from asgiref.sync import async_to_sync
from django import forms
from django.contrib import admin
from django.utils.html import format_html

from presence.stores import StoreUnavailable, get_store

from .sparkline import sparkline_svg

ADMIN_JS = ["desk/socket.js", "desk/live_admin.js"]
ADMIN_CSS = ["desk/admin.css"]


def _live_path(article):
    # Drafts have no readers; asking whether each row is live would cost a
    # query per row, and a scheduled article simply shows 0.
    if article.pk is None or article.status == article.Status.DRAFT:
        return None
    return article.get_absolute_url()


async def _page_now(path):
    async with get_store().borrowed() as store:
        snapshot = await store.snapshot(limit=0, pages=[path])
        return snapshot.pages[path], await store.page_history(path, minutes=60)


class LiveReadersMixin:
    """
    An article admin with live readers: a "Reading now" column in the list
    and "M reading now · E engaged" with a sparkline on the change form.

    The numbers come over the desk's socket (live_admin.js watches the
    pages shown), so the list costs no store call per row.
    """

    change_form_template = "desk/article_change_form.html"

    @admin.display(description="Reading now")
    def reading_now(self, obj):
        path = _live_path(obj)
        if path is None:
            return "—"
        return format_html(
            '<span class="desk-reading" data-desk-page="{}" data-desk-field="reading"'
            ' title="Readers on this article now">…</span>',
            path,
        )

    @property
    def media(self):
        return super().media + forms.Media(js=ADMIN_JS, css={"all": ADMIN_CSS})

    def render_change_form(self, request, context, *args, **kwargs):
        obj = context.get("original")
        path = _live_path(obj) if obj is not None else None
        if path is not None:
            try:
                (readers, engaged), samples = async_to_sync(_page_now)(path)
            except StoreUnavailable:
                readers = engaged = None
                samples = []
            context["desk_live"] = {
                "path": path,
                "reading": readers,
                "engaged": engaged,
                "sparkline": sparkline_svg(
                    samples,
                    now_minute=int(time.time() // 60 * 60),
                    label="Readers a minute",
                ),
            }
        return super().render_change_form(request, context, *args, **kwargs)
