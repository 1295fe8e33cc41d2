"""Turn a benchmark's results into the Markdown report and its targets."""

import math

LIVE_LABELS = {
    "portal": "portal",
    "groups": "baseline 1: group_send",
    "database": "baseline 2: database rows",
}

# (key, label, how to read a row's value: "avg" of the two processes or one)
LIVE_METRICS = [
    ("kb_per_socket", "memory per socket per process, KB", "avg"),
    ("kb_per_added_socket", "memory per socket added since the size before, KB",
     "avg"),
    ("idle_cpu_ms_per_s", "CPU per process, idle, ms/s", "avg"),
    ("churn_cpu_ms_per_s", "CPU per process, 1 join/leave/s per 100 sockets, ms/s",
     "avg"),
    ("b_p50_ms", "join/leave on A seen on B, p50, ms", "one"),
    ("b_p99_ms", "join/leave on A seen on B, p99, ms", "one"),
    ("all_ms", "until every socket has the new number, ms", "one"),
    ("cpu_per_recipient_ms", "CPU per recipient of a change (servers + Redis), ms",
     "one"),
    ("churn_cpu_per_frame_ms", "CPU per frame delivered while churning, ms", "one"),
    ("idle_redis_cmds_per_s", "Redis commands/s, idle", "one"),
    ("churn_redis_cmds_per_s", "Redis commands/s, churning", "one"),
    ("redis_bytes_per_visitor", "Redis memory per visitor, bytes", "one"),
]  # fmt: skip


def value(row, key, how="one"):
    raw = row.get(key)
    if raw is None:
        return None
    if isinstance(raw, list):
        numbers = [v for v in raw if isinstance(v, int | float)]
        if not numbers:
            return None
        return sum(numbers) / len(numbers) if how == "avg" else max(numbers)
    if isinstance(raw, float) and math.isnan(raw):
        return None
    return raw


def fmt(number, digits=None):
    if number is None:
        return "–"
    if isinstance(number, str):
        return number
    if digits is None:
        if abs(number) >= 100:
            digits = 0
        elif abs(number) >= 10:
            digits = 1
        elif abs(number) >= 0.1:
            digits = 2
        else:
            digits = 4
    return f"{number:,.{digits}f}"


def ratio(baseline, ours):
    """How many times less the portal needs (baseline / portal)."""
    if baseline is None or ours is None:
        return "–"
    if ours <= 0:
        return "∞" if baseline > 0 else "–"
    times = baseline / ours
    return f"{times:,.1f}×" if times >= 0.1 else f"{times:.3f}×"


def pages_table(rows):
    lines = [
        "| page | served by | c | req/s | p50 ms | p99 ms | queries | note |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        if "rps" not in row:
            lines.append(
                f"| {row['page']} | {row.get('setup', '–')} | {row.get('c', '–')} "
                f"| – | – | – | – | {row['note']} |"
            )
            continue
        note = row.get("note") or ""
        if row.get("errors"):
            note = (note + f"; {row['errors']} errors").lstrip("; ")
        lines.append(
            f"| {row['page']} ({row['size']}) | {row['setup']} | {row['c']} "
            f"| {fmt(row['rps'], 0)} | {fmt(row['p50_ms'], 2)} "
            f"| {fmt(row['p99_ms'], 2)} | {fmt(row.get('queries'), 0)} | {note} |"
        )
    return "\n".join(lines)


def live_table(live):
    names = [n for n in ("portal", "groups", "database") if n in live]
    sizes = []
    for name in names:
        for row in live[name]:
            if row["sockets"] not in sizes:
                sizes.append(row["sockets"])
    header = "| sockets | figure | " + " | ".join(LIVE_LABELS[n] for n in names)
    others = [n for n in names if n != "portal"] if "portal" in names else []
    header += "".join(f" | {LIVE_LABELS[n].split(':')[0]} ÷ portal" for n in others)
    lines = [header + " |", "|---:|---|" + "---:|" * (len(names) + len(others))]
    for size in sizes:
        by_name = {
            n: next((r for r in live[n] if r["sockets"] == size), {}) for n in names
        }
        skipped = {n: r.get("skipped") or r.get("note") for n, r in by_name.items()}
        for key, label, how in LIVE_METRICS:
            cells = []
            for name in names:
                row = by_name[name]
                cells.append(
                    fmt(value(row, key, how)) if "skipped" not in row else "skipped"
                )
            for name in others:
                cells.append(
                    ratio(
                        value(by_name[name], key, how),
                        value(by_name.get("portal", {}), key, how),
                    )
                )
            lines.append(f"| {size:,} | {label} | " + " | ".join(cells) + " |")
        notes = "; ".join(f"{LIVE_LABELS[n]}: {s}" for n, s in skipped.items() if s)
        if notes:
            lines.append(f"| {size:,} | note | {notes} |" + " |" * (len(names) +
                         len(others) - 1))  # fmt: skip
    return "\n".join(lines)


def flood_table(rows):
    """One row per kind of client message one socket floods a process with."""
    header = (
        "| flood | RSS before MB | during (peak) | after | CPU after ms/s "
        "| Redis cmds/s | connections | MB sent | online after | alive |"
    )
    lines = [header, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for row in rows:
        cells = [
            row["kind"],
            *(
                fmt(row.get(key), 1)
                for key in (
                    "rss_before_mb",
                    "rss_during_mb",
                    "rss_after_mb",
                    "cpu_after_ms_per_s",
                    "redis_cmds_per_s",
                )
            ),
            str(row.get("connections")),
            fmt(row.get("sent_mb"), 1),
            str(row.get("online_after")),
            "yes" if row.get("alive") else "no",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _layout_cell(row, what):
    if row is None:
        return "–"
    if "rps" not in row:
        return row.get("note") or "–"
    errors = f" ({row['errors']:,} errors)" if row.get("errors") else ""
    if what == "cpu":
        return f"{fmt(row.get('cpu_ms_per_request'), 1)} ms"
    if what == "latency":
        return f"{fmt(row['p50_ms'], 1)} / {fmt(row['p99_ms'], 1)} ms{errors}"
    return f"{fmt(row['rps'], 0)} req/s{errors}"


def _loads(*rows):
    loads = [x for r in rows if r for x in r.get("load", [])]
    return f"{min(loads):.1f}–{max(loads):.1f}" if loads else "–"


def layouts_table(rows):
    """Both HTTP layouts side by side (issue #14), with the load of each run."""
    lines = [
        "| page | figure | c | two daphne (pages + /ws/) | gunicorn (pages),"
        " daphne (/ws/) | gunicorn ÷ daphne | 1-min load during the runs |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for page in ("article", "front", "search"):
        for key, label, what in (
            ("c1", "uncached, session cookie: p50 / p99", "latency"),
            ("c1", "uncached, session cookie: throughput", "rps"),
            ("c10", "uncached, session cookie: throughput", "rps"),
            ("c10", "uncached, session cookie: p50 / p99", "latency"),
            ("c10", "uncached: CPU per request of the app processes", "cpu"),
        ):
            daphne = _page_row(rows, page, f"daphne-{key}")
            wsgi = _page_row(rows, page, f"wsgi-{key}")
            if daphne is None and wsgi is None:
                continue
            if what == "cpu":
                times = ratio(daphne.get("cpu_ms_per_request"),
                              wsgi.get("cpu_ms_per_request")) if wsgi and (
                    daphne) else "–"  # fmt: skip
                times = f"{times} less" if times != "–" else times
            elif what == "rps":
                times = ratio(wsgi.get("rps"), daphne.get("rps")) if wsgi and (
                    daphne) else "–"  # fmt: skip
            else:
                times = ratio(daphne.get("p99_ms"), wsgi.get("p99_ms")) if wsgi and (
                    daphne) else "–"  # fmt: skip
                times = f"p99 {times} lower" if times != "–" else times
            c = (daphne or wsgi)["c"]
            lines.append(
                f"| {page} | {label} | {c} | {_layout_cell(daphne, what)} "
                f"| {_layout_cell(wsgi, what)} | {times} | {_loads(daphne, wsgi)} |"
            )
    return "\n".join(lines)


def cached_table(rows):
    lines = [
        "| page | comparison | c | faster | baseline | ratio | 1-min load |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for page in ("article", "front"):
        for fast, slow, label in (
            ("nginx", "static", "nginx proxy_cache hit vs nginx static file"),
            ("hit", "plain", "daphne alone: page-cache hit vs plain Django view"),
            ("hit-wsgi", "plain-wsgi",
             "gunicorn alone: page-cache hit vs plain Django view"),
        ):  # fmt: skip
            a, b = _page_row(rows, page, fast), _page_row(rows, page, slow)
            if a is None and b is None:
                continue
            r = (
                f"{a['rps'] / b['rps']:.2f}×"
                if a and b and "rps" in a and "rps" in b and b["rps"]
                else "–"
            )
            lines.append(
                f"| {page} | {label} | {(a or b)['c']} | {_layout_cell(a, 'rps')} "
                f"| {_layout_cell(b, 'rps')} | {r} | {_loads(a, b)} |"
            )
    return "\n".join(lines)


def _page_row(rows, page, key):
    return next(
        (r for r in rows if r.get("page") == page and r.get("key") == key), None
    )


def targets(results):
    """Return [(target, figure, met)] with met True, False or None (unknown)."""
    out = []
    pages = results.get("pages", [])
    for page in ("article", "front", "search"):
        static, cached = (
            _page_row(pages, page, "static"),
            _page_row(pages, page, "nginx"),
        )
        hit, plain = _page_row(pages, page, "hit"), _page_row(pages, page, "plain")
        for row, target in (
            (cached, "through nginx's cache ≥ 0.95 × static"),
            (hit, "app-server cache hit ≥ 8 × plain view"),
        ):
            if row and "rps" not in row:
                out.append((f"{page}: {target}", row["note"], None))
        if static and cached and "rps" in cached:
            r = cached["rps"] / static["rps"]
            out.append((
                f"{page}: through nginx's cache ≥ 0.95 × nginx's static file",
                f"{fmt(cached['rps'], 0)} vs {fmt(static['rps'], 0)} req/s = {r:.2f}",
                r >= 0.95,
            ))  # fmt: skip
        if hit and plain and "rps" in hit:
            r = hit["rps"] / plain["rps"]
            note = f" ({hit['note']})" if hit.get("note") else ""
            out.append((
                f"{page}: app-server cache hit ≥ 8 × plain Django view",
                f"{fmt(hit['rps'], 0)} vs {fmt(plain['rps'], 0)} req/s"
                f" = {r:.1f}×{note}",
                r >= 8 and not hit.get("note"),
            ))  # fmt: skip
    for page in ("article", "front"):
        hit, plain = (
            _page_row(pages, page, "hit-wsgi"),
            _page_row(pages, page, "plain-wsgi"),
        )
        if hit and plain and "rps" in hit and "rps" in plain:
            r = hit["rps"] / plain["rps"]
            out.append((
                f"{page}: gunicorn's page-cache hit ≥ 8 × plain Django view",
                f"{fmt(hit['rps'], 0)} vs {fmt(plain['rps'], 0)} req/s = {r:.1f}×",
                r >= 8,
            ))  # fmt: skip
    # Issue #14: the chosen layout (gunicorn for pages) against the two
    # daphne processes, in the same run, through nginx.
    for page, floor, times in (("article", 125, 1.4), ("front", None, 1.4),
                               ("search", 340, 3)):  # fmt: skip
        daphne = _page_row(pages, page, "daphne-c10")
        wsgi = _page_row(pages, page, "wsgi-c10")
        if daphne and wsgi and "rps" in daphne and "rps" in wsgi:
            r = wsgi["rps"] / daphne["rps"]
            bound = f"≥ {floor} req/s and " if floor else ""
            errors = (wsgi.get("errors") or 0) + (daphne.get("errors") or 0)
            out.append((
                f"{page} uncached at c=10 through nginx: {bound}≥ {times} × two"
                " daphne",
                f"{fmt(wsgi['rps'], 0)} vs {fmt(daphne['rps'], 0)} req/s = {r:.2f}×"
                f" (load {_loads(daphne, wsgi)})"
                + (f"; {errors} errors" if errors else ""),
                r >= times and (floor is None or wsgi["rps"] >= floor)
                and not errors,
            ))  # fmt: skip
    for key, label in (("daphne-c1", "daphne"), ("wsgi-c1", "gunicorn")):
        row = _page_row(pages, "article", key)
        if row and "rps" in row:
            out.append((
                f"uncached article p99 ≤ 25 ms at c=1 ({label})",
                f"p99 {fmt(row['p99_ms'], 1)} ms, p50 {fmt(row['p50_ms'], 1)} ms, "
                f"{fmt(row.get('queries'), 0)} queries"
                + (f" (load {_loads(row)})" if row.get("load") else "")
                + (f"; {row['errors']} errors" if row.get("errors") else ""),
                row["p99_ms"] <= 25 and not row.get("errors"),
            ))  # fmt: skip
    live = results.get("live", {})
    portal = [r for r in live.get("portal", []) if "skipped" not in r]
    if portal:
        biggest = max(portal, key=lambda r: r["sockets"])
        kb = value(biggest, "kb_per_socket", "avg")
        out.append((
            "20,000 idle sockets over two processes at ≤ 30 KB per socket",
            f"{fmt(kb, 1)} KB per socket at {biggest['sockets']:,} sockets "
            f"(processes: {', '.join(fmt(v, 1) for v in biggest['kb_per_socket'])})",
            kb is not None and kb <= 30 and biggest["sockets"] >= 20000
            if biggest["sockets"] >= 20000 else None,
        ))  # fmt: skip
        worst = max((r.get("b_p99_ms") or 0) for r in portal)
        missing = sum(r.get("probe_missing", 0) for r in portal)
        out.append((
            "a join or leave visible on the other process within 3 s at p99",
            f"worst p99 {fmt(worst, 0)} ms over {len(portal)} sizes"
            + (f"; {missing} sockets never saw it" if missing else ""),
            worst <= 3000 and not missing,
        ))  # fmt: skip
        groups = {r["sockets"]: r for r in live.get("groups", []) if "skipped" not in r}
        pairs = [
            (r["sockets"], groups[r["sockets"]].get("cpu_per_recipient_ms"),
             r.get("cpu_per_recipient_ms"))
            for r in portal if r["sockets"] in groups
        ]  # fmt: skip
        pairs = [p for p in pairs if p[1] is not None and p[2] is not None]
        if pairs:
            figures = ", ".join(
                f"{size:,}: {ratio(b, ours)}" for size, b, ours in pairs
            )
            met = all(ours > 0 and b / ours >= 10 or ours == 0 for _, b, ours in pairs)
            out.append((
                "≥ 10 × less CPU per recipient than the groups baseline",
                figures, met,
            ))  # fmt: skip
    return out


def targets_table(rows):
    lines = ["| target | figure | met |", "|---|---|---|"]
    for target, figure, met in rows:
        mark = {True: "yes", False: "**no**", None: "n/a"}[met]
        lines.append(f"| {target} | {figure} | {mark} |")
    return "\n".join(lines)


def server_settings(values):
    """One line: the settings that decide the figures (pool, workers, cache...)."""
    if not values:
        return "not recorded"
    processes = values.get("daphne_processes", {})
    pool = (
        f"on ({values.get('pool_max_size')} connections a process)"
        if values.get("DATABASE_POOL")
        else f"off (CONN_MAX_AGE {values.get('CONN_MAX_AGE')})"
    )
    return "; ".join([
        f"DEBUG {'on' if values.get('DEBUG') else 'off'}",
        f"database {values.get('database')}, pool {pool}",
        f"cache {values.get('cache')}",
        f"page cache {values.get('PAGE_CACHE')}",
        f"presence store {values.get('PRESENCE_STORE')}",
        f"daphne processes: {processes.get('pages', '?')} (pages), "
        f"{processes.get('live', '?')} (live counter)",
        f"gunicorn sync workers {values.get('gunicorn_workers')}",
        f"daphne options `{values.get('daphne_options')}`",
    ] + ([f"gunicorn options `{values['gunicorn_options']}`"]
         if values.get("gunicorn_options") else []))  # fmt: skip


def markdown(results):
    meta = results["meta"]
    dirty = " (uncommitted changes)" if meta.get("dirty") else ""
    parts = [
        f"# Benchmark {meta['date']}",
        "",
        f"- commit `{meta['commit']}`{dirty}",
        f"- machine: {meta['cores']} cores, {meta['memory_gb']} GB, "
        f"load average at start {meta['load']}",
        f"- mode: {'QUICK=1 (short runs, small sizes)' if meta['quick'] else 'full'}; "
        f"took {meta.get('minutes', '?')} min",
        f"- reproduce: `{meta['command']}`",
        f"- software: {meta['software']}",
        f"- server settings: {server_settings(meta.get('server_settings'))}",
    ]
    if meta.get("gunicorn_settings"):
        # Only what differs from daphne's line matters here.
        values = meta["gunicorn_settings"]
        line = server_settings(values).split("; daphne processes")[0]
        parts.append(
            f"- gunicorn's settings: {line}; {values.get('gunicorn_workers')} sync"
            f" workers; options `{values.get('gunicorn_options')}`"
        )
    parts += [
        "",
        "## Targets",
        "",
        targets_table(targets(results)),
        "",
        f"## Pages (wrk -t2, {meta['http_seconds']} s a run, loopback; the rows "
        f"a target compares: median of {meta.get('http_runs', 1)} runs in turns)",
        "",
        pages_table(results.get("pages", [])),
        "",
    ]
    if any(r.get("figure") for r in results.get("pages", [])):
        parts[-1:-1] = [
            "",
            "### Both layouts through nginx, side by side (issue #14)",
            "",
            layouts_table(results["pages"]),
            "",
            "### Cached pages",
            "",
            cached_table(results["pages"]),
        ]
    for note in results.get("page_notes", []):
        parts.append(f"- {note}")
    parts += [
        "",
        "## Live counter (two daphne processes, one Redis, idle sockets)",
        "",
        live_table(results.get("live", {})),
        "",
    ]
    parts.append(
        "- A ratio is the baseline's figure divided by the portal's: above 1 "
        "the portal needs less (memory, CPU, time, Redis), below 1 more."
    )
    for note in results.get("live_notes", []):
        parts.append(f"- {note}")
    if results.get("flood"):
        parts += [
            "",
            "## One socket flooding one daphne process (bench/flood.py)",
            "",
            flood_table(results["flood"]),
            "",
            "- Each kind in turn, from one address, reading nothing, "
            'reconnecting whenever the server closes it; "online after" is '
            "what a fresh reader sees (1: itself, nothing left counted).",
        ]
    if results.get("uploads"):
        from .upload_memory import table

        parts += ["", "## Upload memory (bench/upload_memory.py)", ""]
        parts.append(table(results["uploads"]))
    if "push" in results:
        from . import push

        parts += ["", push.markdown(results["push"])]
    return "\n".join(parts) + "\n"
