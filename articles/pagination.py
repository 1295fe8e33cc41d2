"""Strict pagination: a page number that is not a real page is a 404."""

from django.core.paginator import Paginator
from django.http import Http404

PER_PAGE = 20


def paginate(request, object_list, per_page=PER_PAGE):
    """
    Return the requested ``Page`` of ``object_list``.

    ``?page=`` must be a whole number from 1 to the last page; anything else
    (``abc``, ``0``, ``-1``, ``99999``, ``1.5``) raises ``Http404`` so it is
    answered in the site's look, never with a 500. An empty list still has
    page 1.
    """
    raw = request.GET.get("page", "1")
    if not raw.isascii() or not raw.isdigit() or len(raw) > 9:
        raise Http404("There is no such page.")
    paginator = Paginator(object_list, per_page, allow_empty_first_page=True)
    number = int(raw)
    if number < 1 or number > paginator.num_pages:
        raise Http404("There is no such page.")
    return paginator.page(number)
