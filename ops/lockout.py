"""The login throttle's lock-out page (django-axes' ``AXES_LOCKOUT_CALLABLE``)."""

from axes.helpers import get_cool_off, get_failure_limit
from django.contrib import admin
from django.shortcuts import render

from .login_limits import exceeded_limit


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes' lockout page: the admin's login page, with the reason."""
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    exceeded = exceeded_limit(request, credentials)
    context = {
        **admin.site.each_context(request),
        "title": "Log in",
        "failure_limit": exceeded[1]
        if exceeded
        else get_failure_limit(request, credentials),
        # The address-wide limit: no user name may sign in from there.
        "whole_address": bool(exceeded) and "username" not in exceeded[0],
        "cooloff_minutes": minutes,
    }
    return render(request, "admin/locked_out.html", context, status=429)
