from django.conf import settings

from ops.csp import bundle_style_hashes, csp_hash


def test_csp_hash_matches_the_browsers_algorithm():
    """The hash is base64 SHA-256 of the element's text, quoted for CSP."""
    assert csp_hash("a{}") == "'sha256-X1RutGBrXCt9KkSaXMK7tHftWiRscFHOhxsS8tv8hBk='"


def test_settings_allow_exactly_the_styles_the_installed_editor_injects():
    """An editor upgrade that changes Tiptap's styles fails here, not in the admin."""
    assert bundle_style_hashes() == sorted(settings.PROSE_EDITOR_STYLE_HASHES)
