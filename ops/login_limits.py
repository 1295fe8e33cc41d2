"""
The admin's login limits: one per entry of ``AXES_LOCKOUT_PARAMETERS``.

django-axes counts failures for each entry (here: one user name from one
address, and one address over all user names) but compares them all with a
single ``AXES_FAILURE_LIMIT``. An address-wide limit as low as the per-user
one would lock a whole newsroom behind one NAT address after a few typos,
so ``failure_limit`` (the ``AXES_FAILURE_LIMIT`` callable) gives each entry
its own: the per-user limit for entries with ``username``, the higher
address-wide one otherwise. Needs axes' database handler (the default).
"""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_parameters
from django.conf import settings
from django.db.models import Sum


def _limit_for(parameters):
    if isinstance(parameters, str):
        parameters = [parameters]
    if "username" in parameters:
        return getattr(settings, "LOGIN_FAILURES_PER_USER_AND_ADDRESS", 5)
    return getattr(settings, "LOGIN_FAILURES_PER_ADDRESS", 20)


def login_failures(request, credentials=None):
    """``(parameters, failures, limit)`` for each lockout entry, in order."""
    handler = AxesProxyHandler.get_implementation()
    # In the order of AXES_LOCKOUT_PARAMETERS, within the cool-off time.
    attempts = handler.get_user_attempts(request, credentials)
    return [
        (
            parameters,
            queryset.aggregate(total=Sum("failures_since_start"))["total"] or 0,
            _limit_for(parameters),
        )
        for parameters, queryset in zip(
            get_lockout_parameters(request, credentials), attempts, strict=True
        )
    ]


def exceeded_limit(request, credentials=None):
    """The ``(parameters, limit)`` that locks this login, or None."""
    reached = [
        (limit, parameters)
        for parameters, failures, limit in login_failures(request, credentials)
        if failures >= limit
    ]
    if not reached:
        return None
    limit, parameters = min(reached, key=lambda pair: pair[0])
    return parameters, limit


def failure_limit(request, credentials=None):
    """
    ``AXES_FAILURE_LIMIT``: a number axes' highest count reaches exactly
    when one of the entries has reached its own limit.

    Axes locks when its highest count (the address-wide one, a sum over the
    others) is at least this: the reached limit when there is one, else the
    highest limit, which no count has reached.
    """
    exceeded = exceeded_limit(request, credentials)
    if exceeded is not None:
        return exceeded[1]
    return max(limit for _, _, limit in login_failures(request, credentials))
