"""
Domain signals of breaking news and live stories (declared only).

Sent by ``signal_handlers`` for every way of writing (services, the admin,
the ORM, a management command), after the write, inside its transaction.
"""

from django.dispatch import Signal

# The showing banner may have changed. Arguments: none.
breaking_changed = Signal()

# Entries of a live story were saved or deleted, or its coverage started or
# ended. Arguments: ``article_id``, ``saved`` (entry ids), ``deleted``
# (entry ids).
entries_changed = Signal()
