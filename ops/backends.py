"""
Pluggable parts built from a ``{"BACKEND": ..., "OPTIONS": ...}`` setting.

One small manager serves every such setting (``PAGE_CACHE``,
``PRESENCE_STORE``), the shape of Channels' ``ChannelLayerManager``: the
backend is imported with ``import_string`` and built on first use (never at
import time, so settings may still change), kept for the process, and
dropped when ``setting_changed`` names its setting, so ``override_settings``
works in tests. It lives in ``ops/`` with the other site-wide plumbing
because several apps use it and none of them owns it.
"""

import threading

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.utils.module_loading import import_string


class BackendManager:
    """
    The backend one setting names, built lazily and cached.

    ``default`` is used when the setting is absent; ``options`` (a callable,
    read when the backend is built) gives options the setting's own
    ``OPTIONS`` may override; ``also_reset_on`` names other settings that
    change what gets built (``PRESENCE_TTL`` for the presence store).
    """

    def __init__(self, setting, *, default, options=None, also_reset_on=()):
        self.setting = setting
        self.default = default
        self.options = options or dict
        self.reset_on = frozenset({setting, *also_reset_on})
        self._backend = None
        self._lock = threading.Lock()
        # A bound method is a new object each time: keep a strong reference.
        setting_changed.connect(self._setting_changed, weak=False)

    def get(self):
        """Return the backend, building it on first use."""
        backend = self._backend
        if backend is None:
            with self._lock:
                if self._backend is None:
                    self._backend = self._build()
                backend = self._backend
        return backend

    def reset(self):
        """Forget the backend; the next ``get()`` builds it again."""
        with self._lock:
            self._backend = None

    def _build(self):
        config = getattr(settings, self.setting, None) or self.default
        try:
            path = config["BACKEND"]
        except (KeyError, TypeError):
            raise ImproperlyConfigured(
                f'{self.setting} must be a dict with a "BACKEND" (a dotted path); '
                f"it is {config!r}."
            ) from None
        try:
            backend_class = import_string(path)
        except ImportError as exc:
            raise ImproperlyConfigured(
                f"{self.setting}'s BACKEND {path!r} cannot be imported: {exc}"
            ) from exc
        options = {**self.options(), **config.get("OPTIONS", {})}
        return backend_class(**options)

    def _setting_changed(self, *, setting, **kwargs):
        if setting in self.reset_on:
            self.reset()
