"""URLs of the search app, included inside i18n_patterns by config/urls.py.

Names are global ("search", "search_autocomplete") because the base template
links to ``{% url 'search' %}``.
"""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.search_view, name="search"),
    path("autocomplete/", views.autocomplete_view, name="search_autocomplete"),
]
