from django.urls import path

from . import views

app_name = "desk"

urlpatterns = [
    path("", views.desk_page, name="desk"),
    path("data/", views.desk_data, name="data"),
]
