"""Hostile HTML never reaches readers, however it is written."""

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.models import Article
from articles.sanitize import sanitize_html
from tests.factories import ArticleFactory, SectionFactory, UserFactory

from .admin_helpers import ADD_URL, form_data, form_errors

pytestmark = pytest.mark.django_db

# (hostile input, text that must not survive)
HOSTILE = [
    ("<script>alert(1)</script><p>ok</p>", "<script"),
    ("<p>ok</p><SCRIPT SRC=//evil.example/x.js></SCRIPT>", "evil.example"),
    ('<img src="x.png" onerror="alert(1)">', "onerror"),
    ('<p onclick="alert(1)">ok</p>', "onclick"),
    ('<p style="position:fixed;top:0">ok</p>', "style="),
    ('<a href="javascript:alert(1)">x</a>', "javascript:"),
    ('<a href="JaVaScRiPt:alert(1)">x</a>', "javascript:"),
    ('<a href=" &#106;avascript:alert(1)">x</a>', "avascript"),
    ('<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "data:"),
    ('<img src="data:image/svg+xml;base64,PHN2Zz4=">', "data:"),
    ('<iframe src="https://evil.example/"></iframe><p>ok</p>', "iframe"),
    ('<object data="x.swf"></object><embed src="x.swf">', "swf"),
    ("<svg><script>alert(1)</script></svg>", "script"),
    ('<svg onload="alert(1)"></svg>', "onload"),
    ('<math><mi xlink:href="javascript:alert(1)">x</mi></math>', "javascript"),
    ("<style>body{display:none}</style><p>ok</p>", "display:none"),
    ('<form action="https://evil.example/"><input name=p></form>', "<form"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example/">', "refresh"),
    ('<base href="https://evil.example/">', "<base"),
    ('<link rel="stylesheet" href="https://evil.example/x.css">', "<link"),
    ('<p class="evil">x</p><figure class="quote hijack"></figure>', "evil"),
    ('<figure class="quote hijack"><blockquote>q</blockquote></figure>', "hijack"),
    ('<a href="https://example.org/" target="_blank" rel="opener">x</a>', "_blank"),
    ("<!-- <script>alert(1)</script> --><p>ok</p>", "<!--"),
    ('<p id="login-form" data-x="1">ok</p>', "data-x"),
    ("<h1>Big</h1><p>ok</p>", "<h1"),
    ('<div onmouseover="alert(1)">x</div>', "onmouseover"),
    ('<img src="https://example.org/a.png" srcset="javascript:alert(1) 1x">', "srcset"),
]


@pytest.mark.parametrize(("hostile", "forbidden"), HOSTILE)
def test_orm_save_strips_hostile_html(hostile, forbidden):
    article = ArticleFactory(body=hostile)
    article.refresh_from_db()
    assert forbidden.lower() not in article.body.lower()


def test_every_write_path_sanitises():
    """save(), create() and a queryset's objects saved one by one."""
    hostile = '<p onclick="x()">a</p><script>b()</script>'
    section = SectionFactory()
    created = Article.objects.create(
        headline="h", lead="l", body=hostile, section=section
    )
    assert Article.objects.get(pk=created.pk).body == "<p>a</p>"
    article = Article.objects.get(pk=created.pk)
    article.body = hostile
    article.save(update_fields=["body"])
    assert Article.objects.get(pk=created.pk).body == "<p>a</p>"


def test_links_get_noopener():
    for html in (
        '<a href="https://example.org/">x</a>',
        '<a href="https://example.org/" rel="opener" target="_blank">x</a>',
    ):
        link = BeautifulSoup(sanitize_html(html), "html.parser").a
        assert link["rel"] == ["noopener"]
        assert not link.has_attr("target")


def test_the_allowed_structure_survives():
    html = (
        "<h2>Sub</h2><h3>Subsub</h3><p><strong>b</strong> <em>i</em> "
        '<a href="https://example.org/">link</a></p>'
        "<blockquote><p>plain quote</p></blockquote>"
        '<figure class="quote"><blockquote><p>q</p></blockquote>'
        "<figcaption>Who said it</figcaption></figure>"
        "<ul><li>one</li></ul><ol><li>first</li></ol>"
        '<figure class="figure"><img src="/media/images/a.jpg" alt="A">'
        "<figcaption>Caption</figcaption></figure>"
    )
    soup = BeautifulSoup(sanitize_html(html), "html.parser")
    for selector in (
        "h2",
        "h3",
        "strong",
        "em",
        "a[href]",
        "blockquote > p",
        "figure.quote > blockquote",
        "figure.quote > figcaption",
        "ul > li",
        "ol > li",
        "figure.figure > img[src][alt]",
    ):
        assert soup.select(selector), selector


@pytest.mark.parametrize(("hostile", "forbidden"), HOSTILE)
def test_admin_post_strips_hostile_html(client, hostile, forbidden):
    client.force_login(UserFactory(groups=["Editors"]))
    article = Article(
        headline="Hostile input", lead="l", body=hostile, section=SectionFactory()
    )
    data = form_data(article, status="published")
    data["published_at_0"], data["published_at_1"] = "2025-01-01", "10:00:00"
    response = client.post(ADD_URL, data)
    assert response.status_code == 302, form_errors(response)
    saved = Article.objects.get()
    assert forbidden.lower() not in saved.body.lower()
    page = client.get(saved.get_absolute_url()).content.decode()
    body = page.split('class="article__body"', 1)[1].split("</div>", 1)[0]
    assert forbidden.lower() not in body.lower()


TAGS = ["p", "a", "img", "script", "iframe", "svg", "style", "div", "span", "h2"]
TAGS += ["figure", "blockquote", "object", "math", "form", "input", "b"]
ATTRIBUTES = ["href", "src", "onclick", "onerror", "style", "class", "id", "alt"]
ATTRIBUTES += ["srcset", "formaction", "xlink:href", "target", "rel", "data-x"]
VALUES = ["javascript:alert(1)", "JAVASCRIPT:x", "https://example.org/", "quote"]
VALUES += ["data:text/html,x", "vbscript:x", "alert(1)", 'x" onmouseover="y', ""]


@st.composite
def hostile_html(draw):
    parts = []
    for _ in range(draw(st.integers(1, 8))):
        tag = draw(st.sampled_from(TAGS))
        attributes = " ".join(
            f'{draw(st.sampled_from(ATTRIBUTES))}="{draw(st.sampled_from(VALUES))}"'
            for _ in range(draw(st.integers(0, 3)))
        )
        text = draw(st.text(alphabet="ab<>&\"' ", max_size=6))
        parts.append(f"<{tag} {attributes}>{text}</{tag}>")
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(hostile_html())
def test_any_mix_of_tags_and_attributes_reduces_to_the_allow_list(html):
    from articles.sanitize import ALLOWED_ATTRIBUTES, ALLOWED_CLASSES, ALLOWED_TAGS

    soup = BeautifulSoup(sanitize_html(html), "html.parser")
    for element in soup.find_all(True):
        assert element.name in ALLOWED_TAGS
        for name, value in element.attrs.items():
            if name == "class":
                assert set(value) <= ALLOWED_CLASSES.get(element.name, set())
            elif name == "rel":
                assert element.name == "a" and value == ["noopener"]
            else:
                assert name in ALLOWED_ATTRIBUTES.get(element.name, set())
            if name in ("href", "src"):  # alt text may say anything
                scheme = value.lower().strip().partition(":")[0]
                assert ":" not in value or scheme in ("http", "https", "mailto")
