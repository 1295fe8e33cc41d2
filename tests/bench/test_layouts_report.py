"""The report of the two HTTP layouts side by side (issue #14)."""

from bench import report
from bench.pages import _key


def row(page, figure, side, rps, p99=20.0, errors=0, cpu=10.0):
    return {
        "page": page, "size": "20 KB", "figure": figure, "side": side,
        "key": _key(figure, side), "setup": f"{figure} {side}", "c": 10,
        "rps": rps, "p50_ms": 10.0, "p99_ms": p99, "requests": 100,
        "errors": errors, "runs": 3, "note": "", "load": [4.5, 5.1, 6.0],
        "cpu_ms_per_request": cpu,
    }  # fmt: skip


def test_rows_keep_the_keys_the_targets_read():
    assert _key("c10", "wsgi") == "wsgi-c10"
    assert _key("cache", "static") == "static"
    assert _key("app-daphne", "hit") == "hit"
    assert _key("app-wsgi", "plain") == "plain-wsgi"


def test_both_layouts_are_side_by_side_with_the_load_of_their_runs():
    rows = [row("article", "c10", "daphne", 88), row("article", "c10", "wsgi", 130,
            cpu=8.0)]  # fmt: skip
    table = report.layouts_table(rows)
    line = next(x for x in table.splitlines() if "throughput" in x)
    assert "| 88 req/s | 130 req/s | 1.5× | 4.5–6.0 |" in line
    cpu = next(x for x in table.splitlines() if "CPU per request" in x)
    assert "| 10.0 ms | 8.0 ms | 1.2× less |" in cpu
    targets = {t: (f, met) for t, f, met in report.targets({"pages": rows})}
    figure, met = targets[
        "article uncached at c=10 through nginx: ≥ 125 req/s and ≥ 1.4 × two daphne"
    ]
    assert met is True and "load 4.5–6.0" in figure


def test_errors_never_meet_a_target():
    rows = [row("search", "c10", "daphne", 100),
            row("search", "c10", "wsgi", 9000, errors=500)]  # fmt: skip
    (target,) = [t for t in report.targets({"pages": rows}) if "search" in t[0]]
    assert target[2] is False and "500 errors" in target[1]
    assert "(500 errors)" in report.layouts_table(rows)
