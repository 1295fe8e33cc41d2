"""A server-drawn SVG sparkline: no script, nothing for the CSP to allow."""

from django.utils.html import format_html, format_html_join

WIDTH = 240
HEIGHT = 40


def sparkline_svg(samples, *, minutes=60, now_minute, label):
    """
    Return an ``<svg>`` of readers (and engaged readers) per minute.

    ``samples`` are ``[(minute, readers, engaged), ...]``; the x axis is the
    ``minutes`` before ``now_minute``, minutes without a sample count 0 (the
    page was not among the most read).
    """
    by_minute = {minute: (readers, engaged) for minute, readers, engaged in samples}
    start = now_minute - (minutes - 1) * 60
    values = [by_minute.get(start + i * 60, (0, 0)) for i in range(minutes)]
    top = max([readers for readers, _ in values] + [1])
    step = WIDTH / (minutes - 1)

    def points(index):
        return " ".join(
            f"{i * step:.1f},{HEIGHT - 2 - (v[index] / top) * (HEIGHT - 4):.1f}"
            for i, v in enumerate(values)
        )

    peak = max(readers for readers, _ in values)
    return format_html(
        '<svg class="desk-sparkline" viewBox="0 0 {w} {h}" width="{w}" '
        'height="{h}" role="img" aria-label="{label}: at most {peak} in the '
        'last hour">{lines}</svg>',
        w=WIDTH,
        h=HEIGHT,
        label=label,
        peak=peak,
        lines=format_html_join(
            "",
            '<polyline class="{}" fill="none" points="{}"></polyline>',
            [("desk-spark-readers", points(0)), ("desk-spark-engaged", points(1))],
        ),
    )
