"""Images and documents for block choosers: real files in storage, in the root collection.

Why not wagtail-factories' own: those put every file in a new root collection, and
the evidence rule opens each document's file, so the file must really be stored.
"""

from __future__ import annotations

import factory
import wagtail_factories
from wagtail.models import Collection

PDF_BYTES = b"%PDF-1.4\n% evidence for the ITA assessor\n"


def root_collection():
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    """A small PNG (charts, portraits, activity photos)."""

    title = factory.Sequence(lambda n: f"ภาพประกอบ {n}")
    collection = factory.LazyFunction(root_collection)
    file = factory.django.ImageField(width=40, height=30, color="teal", filename="image.png")


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A small PDF whose file exists in storage (signed announcements, plans, reports)."""

    title = factory.Sequence(lambda n: f"เอกสารหลักฐาน {n}.pdf")
    collection = factory.LazyFunction(root_collection)
    file = factory.django.FileField(data=PDF_BYTES, filename="evidence.pdf")
