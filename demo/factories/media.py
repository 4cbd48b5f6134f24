"""Images and documents for block choosers: real files in storage, in the root collection.

Why not wagtail-factories' own: those put every file in a new root collection, and
the evidence rule opens each document's file, so the file must really be stored.
"""

from __future__ import annotations

import factory
import wagtail_factories
from wagtail.models import Collection


def blank_pdf() -> bytes:
    """A valid one-page PDF (the site search opens every document it indexes)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PDF_BYTES = blank_pdf()


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
