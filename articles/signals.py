"""
The newsroom's domain signals, declared only; ``services`` sends them.

Both are sent once the change is committed, with ``sender`` the Article
model and these arguments:

- ``article``: the Article, as saved.
- ``by``: the user who did it, or ``None`` (a command, a script).

``article_published``: a save made an article live, readers see it now
(``article_publish()``, or an editor saving it as published). A scheduled
article that comes due later sends nothing: no process notices that moment;
ask ``Article.objects.published()``.

``article_unpublished``: a save took a live article off the site
(``article_unpublish()``, or an editor saving it as a draft or for later).
"""

from django.dispatch import Signal

article_published = Signal()
article_unpublished = Signal()
