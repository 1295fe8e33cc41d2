"""
Content-Security-Policy helpers for the admin's rich-text editor.

Tiptap, inside django-prose-editor's bundle, injects two constant ``<style>``
elements (its base ProseMirror rules and the invisible-characters rules)
without a nonce. The policy allows exactly those by their SHA-256 hashes
(``PROSE_EDITOR_STYLE_HASHES`` in settings); ``bundle_style_hashes()``
recomputes them from the installed bundle so a test notices when an upgrade
changes them.
"""

import base64
import hashlib
import re
from importlib.util import find_spec
from pathlib import Path

# The template literals Tiptap passes to its createStyleTag().
_STYLE_LITERAL = re.compile(r"=`(\.(?:ProseMirror|tiptap-)[^`]*)`")
_JS_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)", re.DOTALL)


def _unescape_js(text):
    def replace(match):
        escape = match.group(1)
        if escape[0] in "xu" and len(escape) > 1:
            return chr(int(escape[1:], 16))
        return {"n": "\n", "t": "\t"}.get(escape, escape)

    return _JS_ESCAPE.sub(replace, text)


def csp_hash(text):
    """The CSP source expression allowing an inline element with ``text``."""
    digest = hashlib.sha256(text.encode()).digest()
    return "'sha256-" + base64.b64encode(digest).decode() + "'"


def bundle_style_hashes():
    """Hashes of the styles django-prose-editor's bundle injects, sorted."""
    package = Path(find_spec("django_prose_editor").origin).parent
    bundle = (package / "static/django_prose_editor/editor.js").read_text()
    return sorted(
        {csp_hash(_unescape_js(css)) for css in _STYLE_LITERAL.findall(bundle)}
    )
