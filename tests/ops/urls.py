"""URLs for the ops tests: views that fail the way a database outage does."""

from django.db import OperationalError
from django.forms import Form
from django.template import engines
from django.template.response import TemplateResponse
from django.urls import include, path
from django_prose_editor.fields import ProseEditorFormField


def database_down(request):
    raise OperationalError('connection to server at "127.0.0.1" failed')


def broken(request):
    raise ValueError("an ordinary bug")


class EditorForm(Form):
    body = ProseEditorFormField()


def editor(request):
    template = engines["django"].from_string("<head>{{ media }}</head>")
    return TemplateResponse(request, template, {"media": EditorForm().media})


urlpatterns = [
    path("down/", database_down),
    path("broken/", broken),
    path("editor/", editor),
    path("", include("ops.urls")),
    path("", include("search.urls")),
    path("", include("articles.urls")),
]
