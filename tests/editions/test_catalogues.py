"""The compiled catalogues are committed and match their .po files."""

import shutil

from django.utils import translation

from editions import catalogues


def test_every_mo_matches_its_po():
    """Run `manage.py compilemessages` after changing a .po file."""
    assert catalogues.stale_catalogues() == []


def test_a_changed_po_without_a_new_mo_is_found(tmp_path, monkeypatch):
    locale = tmp_path / "locale"
    shutil.copytree(catalogues.LOCALE, locale)
    po = locale / "uk" / "LC_MESSAGES" / "django.po"
    po.write_text(
        po.read_text(encoding="utf-8").replace(
            'msgstr "Оновлено"', 'msgstr "Оновлено щойно"'
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(catalogues, "LOCALE", locale)
    assert catalogues.stale_catalogues() == [po]


def test_every_message_has_a_ukrainian_translation():
    po = catalogues.LOCALE / "uk" / "LC_MESSAGES" / "django.po"
    untranslated = [
        entry["msgid"]
        for entry in catalogues._entries(po.read_text(encoding="utf-8"))
        if entry.get("msgid") and not (entry.get("msgstr") or entry.get("msgstr[0]"))
    ]
    assert untranslated == []


def test_english_pages_never_fall_back_to_ukrainian():
    """Django falls back to LANGUAGE_CODE's catalogue for missing entries."""
    with translation.override("en"):
        assert translation.gettext("Updated") == "Updated"
        assert translation.gettext("According to") == "According to"
    with translation.override("uk"):
        assert translation.gettext("According to") == "За даними"
