import json
import logging

from ops.logs import JSONFormatter


def format_record(*args, **kwargs):
    record = logging.getLogger("portal.test").makeRecord(
        "portal.test", logging.WARNING, __file__, 1, *args, **kwargs
    )
    return JSONFormatter().format(record)


def test_a_record_is_one_line_of_json():
    line = format_record(
        "%s readers\non a page", (3,), None, extra={"status_code": 503}
    )
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "WARNING"
    assert entry["logger"] == "portal.test"
    assert entry["message"] == "3 readers\non a page"
    assert entry["status_code"] == 503
    assert entry["time"].endswith("+00:00")


def test_exceptions_and_odd_values_are_kept_readable():
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        exc_info = sys.exc_info()

    class Request:
        method = "GET"
        path = "/news/"

    entry = json.loads(
        format_record(
            "failed", (), exc_info, extra={"request": Request(), "thing": object()}
        )
    )
    assert "ValueError: boom" in entry["exception"]
    assert entry["request"] == {"method": "GET", "path": "/news/"}
    assert entry["thing"].startswith("<object object")
