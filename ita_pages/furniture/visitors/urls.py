"""URL of the counting beacon (outside the language prefix: one counter per site)."""

from django.urls import path

from . import views

app_name = "visitors"
urlpatterns = [path("hit.gif", views.hit, name="hit")]
