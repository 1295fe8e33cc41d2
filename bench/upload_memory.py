"""
Peak memory of checking an uploaded picture and making its renditions.

    .venv/bin/python -m bench.upload_memory [--against REV] [--megapixels N]

For each case (a JPEG photo and a PNG with transparency, just under the
pixel cap) a fresh Python process runs what an upload runs in a daphne
process: ``validate_image_file`` and then ``make_renditions`` (480, 800 and
1200 px). It reports the process's peak resident memory (``VmHWM``) above
what it used before the picture was opened, and the seconds taken.
``--against REV`` runs the same cases with ``articles/images.py`` as it was
at a git revision, for a before/after table. Results go to stdout and to
bench/results/upload_memory.md.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"

# Runs in the child process: argv = images.py path, picture path, name.
CHILD = r"""
import importlib.util, json, sys, time, types

import django
from django.conf import settings

settings.configure(
    MEDIA_ROOT=sys.argv[4],
    ARTICLES_IMAGE_MAX_BYTES=10**9,
    ARTICLES_IMAGE_MAX_PIXELS=10**9,
    ARTICLES_RENDITION_WIDTHS=(480, 800, 1200),
)
django.setup()
from django.core.files import File
from django.core.files.storage import default_storage

spec = importlib.util.spec_from_file_location("images_under_test", sys.argv[1])
images = importlib.util.module_from_spec(spec)
spec.loader.exec_module(images)


def status(key):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) // 1024
    return 0


before = status("VmRSS")
started = time.monotonic()
with open(sys.argv[2], "rb") as f:
    images.validate_image_file(File(f, name=sys.argv[3]))
checked = status("VmHWM") - before
field_file = types.SimpleNamespace(storage=default_storage, name=sys.argv[3])
widths = images.make_renditions(field_file)
print(json.dumps({
    "check_mb": checked,
    "peak_mb": status("VmHWM") - before,
    "seconds": round(time.monotonic() - started, 2),
    "widths": widths,
}))
"""


def make_pictures(folder, megapixels):
    """A JPEG photo and a transparent PNG of ``megapixels``, 3:2."""
    from PIL import Image, ImageDraw

    width = int((megapixels * 1_000_000 * 3 / 2) ** 0.5)
    height = int(megapixels * 1_000_000 / width)
    base = Image.radial_gradient("L").resize((width, height))
    photo = Image.merge("RGB", (base, base.transpose(Image.Transpose.ROTATE_180), base))
    ImageDraw.Draw(photo).text((width // 3, height // 3), "bench", fill="white")
    jpeg = folder / "photo.jpg"
    photo.save(jpeg, "JPEG", quality=85)
    photo.putalpha(base)
    png = folder / "chart.png"
    photo.save(png, "PNG")
    photo.close()
    return [("JPEG", jpeg), ("PNG with alpha", png)], (width, height)


def images_at(revision, folder):
    if revision is None:
        return ROOT / "articles" / "images.py"
    text = subprocess.run(
        ["git", "show", f"{revision}:articles/images.py"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    path = folder / f"images-{revision.replace('/', '_')}.py"
    path.write_text(text)
    return path


def measure(images_py, picture, media):
    """Check ``picture`` and make its renditions in a fresh process."""
    name = f"up/{picture.name}"
    (Path(media) / "up").mkdir(parents=True)
    shutil.copy(picture, Path(media) / name)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(images_py), str(picture), name, media],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    if result.returncode:
        sys.exit(f"The measuring process failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_all(megapixels=24.9, against=None):
    """One row per code version and picture kind (dicts, for run.py's JSON)."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="portal-upload-bench-") as tmp:
        folder = Path(tmp)
        cases, size = make_pictures(folder, megapixels)
        versions = [("this tree", None)]
        if against:
            versions.insert(0, (against, against))
        for label, revision in versions:
            images_py = images_at(revision, folder)
            for kind, picture in cases:
                media = tempfile.mkdtemp(dir=tmp)
                rows.append(
                    {
                        "code": label,
                        "picture": kind,
                        "size": f"{size[0]} × {size[1]}",
                        "megapixels": megapixels,
                        "file_mb": round(picture.stat().st_size / 1e6, 1),
                        **measure(images_py, picture, media),
                    }
                )
    return rows


def table(rows):
    """The rows as a Markdown table."""
    lines = [
        "| code | picture | pixels | check peak | check + renditions peak | s |",
        "|---|---|---|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['code']} | {row['picture']} | {row['size']} "
            f"({row['megapixels']} MP) | {row['check_mb']} MB "
            f"| {row['peak_mb']} MB | {row['seconds']} |"
        )
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", default=None, help="a git revision")
    parser.add_argument(
        "--megapixels", type=float, action="append", help="default: 24.9"
    )
    args = parser.parse_args(argv)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    rows = []
    for megapixels in args.megapixels or [24.9]:
        rows += measure_all(megapixels, args.against)
    text = (
        f"# Upload memory, {datetime.now(UTC):%Y-%m-%d %H:%M UTC}\n\n"
        f"Peak resident memory above the process's own while an upload is "
        f"checked and its renditions made; load {load} at the start, "
        f"{os.cpu_count()} cores. Reproduce: `.venv/bin/python -m "
        f"bench.upload_memory {' '.join(argv or sys.argv[1:])}`.\n\n"
        f"{table(rows)}\n"
    )
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "upload_memory.md").write_text(text)


if __name__ == "__main__":
    main()
