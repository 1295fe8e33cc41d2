"""
Read the project's ``.po`` files without GNU gettext, and compare them with
their compiled ``.mo`` files (a test fails when one changed without the
other: the compiled catalogues are committed, so ``make run`` on a machine
with only Python shows Ukrainian).
"""

import ast
import gettext
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locale"


def _entries(text):
    """Each entry of a .po file as {keyword: value}, comments left out."""
    entry, key = {}, None
    for raw in [*text.splitlines(), ""]:
        line = raw.strip()
        if not line:
            if entry:
                yield entry
            entry, key = {}, None
            continue
        if line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in line:
                entry["fuzzy"] = True
            continue
        if line.startswith('"'):
            entry[key] += ast.literal_eval(line)
            continue
        key, _, value = line.partition(" ")
        entry[key] = ast.literal_eval(value)


def read_po(path):
    """
    The translations of ``path`` as gettext sees them: {msgid: msgstr},
    with ``ctxt\\x04msgid`` keys for a context and (msgid, n) keys for
    plural forms. Fuzzy and untranslated entries are left out, as msgfmt
    leaves them out.
    """
    catalogue = {}
    for entry in _entries(Path(path).read_text(encoding="utf-8")):
        msgid = entry.get("msgid")
        if not msgid or entry.get("fuzzy"):
            continue
        if "msgctxt" in entry:
            msgid = f"{entry['msgctxt']}\x04{msgid}"
        if "msgid_plural" in entry:
            forms = sorted(k for k in entry if k.startswith("msgstr["))
            if all(entry[k] for k in forms):
                for k in forms:
                    catalogue[(msgid, int(k[7:-1]))] = entry[k]
        elif entry.get("msgstr"):
            catalogue[msgid] = entry["msgstr"]
    return catalogue


def read_mo(path):
    """The translations of a compiled catalogue, keyed as ``read_po()``."""
    with open(path, "rb") as file:
        translations = gettext.GNUTranslations(file)
    return {k: v for k, v in translations._catalog.items() if k != ""}


def stale_catalogues():
    """The ``.po`` files under locale/ whose ``.mo`` is missing or differs."""
    stale = []
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        if not mo.exists() or read_po(po) != read_mo(mo):
            stale.append(po)
    return stale
