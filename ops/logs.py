"""Structured logs: one JSON object per line on stdout, for the collector."""

import json
import logging
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else was passed with ``extra=``.
_RECORD_ATTRIBUTES = frozenset(
    logging.LogRecord("", 0, "", 0, "", (), None).__dict__
) | {"message", "asctime", "taskName"}


class JSONFormatter(logging.Formatter):
    """
    Format each record as one line of JSON.

    Keys: ``time`` (UTC, ISO 8601), ``level``, ``logger``, ``message``, then
    ``exception`` when there is one, then whatever was passed in ``extra``
    (Django's request logger adds ``status_code``; the ``request`` object is
    reduced to its method and path). Values JSON cannot hold are written
    with ``repr()`` so a log call never fails.
    """

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        for key, value in record.__dict__.items():
            if key in _RECORD_ATTRIBUTES or key.startswith("_") or key in entry:
                continue
            if key == "request":
                value = {
                    "method": getattr(value, "method", None),
                    "path": getattr(value, "path", None),
                }
            entry[key] = value
        return json.dumps(entry, default=repr, ensure_ascii=False)
