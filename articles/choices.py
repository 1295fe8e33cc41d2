"""The newsroom's fixed choices, in one place."""

from django.db import models


class ArticleStatus(models.TextChoices):
    """What an editor chose; whether readers see it is ``published()``'s call."""

    DRAFT = "draft", "Draft"
    SCHEDULED = "scheduled", "Scheduled"
    PUBLISHED = "published", "Published"


# Released by an editor: shown from the publication time on. "Published"
# with a time still to come waits like "scheduled" (see published_q()).
RELEASED = (ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED)


class Visibility(models.TextChoices):
    """What readers see now (``ArticleQuerySet.with_visibility()``)."""

    LIVE = "live", "Live"
    SCHEDULED = "scheduled", "Scheduled"
    # Not shown and not waiting for a time: a draft, or released without a
    # publication time.
    HIDDEN = "hidden", "Not live"
