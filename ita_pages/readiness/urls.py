"""Public URLs of the readiness app (inside the language prefix)."""

from django.urls import path

from . import views

app_name = "readiness"

urlpatterns = [
    path("ita/frozen/<int:year>/<str:code>/", views.frozen_item, name="frozen_item"),
    path("ita/frozen/<int:year>/<str:code>/documents/<int:pk>/", views.frozen_document, name="frozen_document"),
]
