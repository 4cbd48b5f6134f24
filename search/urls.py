"""URLs of the search app (mounted under the language prefix by config/urls.py)."""

from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("", views.search_view, name="search"),
    path("autocomplete/", views.autocomplete_view, name="autocomplete"),
]
