"""Private, draft and complaint content never reaches the index or the results."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.models import HomePage
from search import indexer
from search.models import IndexEntry
from search.query import search


@pytest.fixture
def complaint_model(db, monkeypatch):
    """A page model of the "complaints" app, standing in for ita_pages.complaints.

    The real app may not be installed on this branch, and content types of an
    uninstalled app do not resolve, so the stand-in is registered as a proxy in
    "home" and then relabelled "complaints"; it is unregistered afterwards so
    no other test sees an extra page type.
    """
    from django.apps import apps
    from wagtail.models import pages as wagtail_pages

    meta = type("Meta", (), {"proxy": True, "app_label": "home"})
    model = type("StandInComplaintPage", (HomePage,), {"__module__": "home.models", "Meta": meta})
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    monkeypatch.setattr(model._meta, "app_label", "complaints")
    yield model, content_type
    apps.all_models["home"].pop("standincomplaintpage", None)
    apps.clear_cache()
    if model in wagtail_pages.PAGE_MODEL_CLASSES:
        wagtail_pages.PAGE_MODEL_CLASSES.remove(model)
    ContentType.objects.clear_cache()


def titles(query):
    return [entry.title for entry in search(query)]


def make_complaint_page(site_th, complaint_model, title, intro=""):
    model, content_type = complaint_model
    page = model(title=title, intro=intro, slug="complaint", live=False, content_type=content_type)
    site_th.root_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_complaint_pages_are_never_indexed(site_th, searchable_pages, complaint_model):
    page = make_complaint_page(site_th, complaint_model, "เรื่องร้องเรียนการทุจริตของนายสมชาย")
    assert page.specific._meta.app_label == "complaints"
    assert titles("ร้องเรียน") == []
    indexer.rebuild()
    assert not IndexEntry.objects.filter(page_id=page.pk).exists()


def test_guard_covers_any_model_of_the_complaints_app(complaint_model):
    assert indexer.is_excluded_model(complaint_model[0])
    assert not indexer.is_excluded_model(HomePage)


def test_documents_used_by_complaints_are_dropped(site_th, searchable_pages, make_document, complaint_model):
    document = make_document("หลักฐานประกอบคำร้อง", ["ภาพถ่ายหลักฐานการเรียกรับเงิน"])
    assert titles("หลักฐาน") == ["หลักฐานประกอบคำร้อง"]
    make_complaint_page(site_th, complaint_model, "คำร้อง", f'<p><a linktype="document" id="{document.pk}">แนบ</a></p>')
    assert titles("หลักฐาน") == []
    document.title = "หลักฐานประกอบคำร้อง (แก้ไข)"
    document.save()
    assert titles("หลักฐาน") == []


def test_private_page_and_its_children_are_removed(make_page):
    section = make_page("ส่วนงานภายใน", "<p>ข้อมูลภายใน</p>")
    child = make_page("บันทึกภายใน", parent=section)
    assert titles("ภายใน") != []
    restriction = PageViewRestriction.objects.create(page=section, restriction_type="login")
    assert titles("ภายใน") == []
    # Publishing a child of a private section does not leak it either.
    child.save_revision().publish()
    assert titles("บันทึก") == []
    restriction.delete()
    assert sorted(titles("ภายใน")) == ["บันทึกภายใน", "ส่วนงานภายใน"]


def test_page_moved_under_private_section(make_page, site_th):
    private = make_page("เฉพาะเจ้าหน้าที่")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    page = make_page("คู่มือปฏิบัติงาน")
    page.move(private, pos="last-child")
    assert titles("คู่มือ") == []


def test_english_page_not_in_thai_results(make_page, site_th, locale_th, locale_en):
    from search.query import Filters

    english = HomePage.objects.get(locale=locale_en, depth=2)
    page = HomePage(title="Procurement plan", slug="plan", live=False)
    english.add_child(instance=page)
    page.save_revision().publish()
    assert [e.title for e in search("procurement", Filters(locale_id=locale_en.pk))] == ["Procurement plan"]
    assert search("procurement", Filters(locale_id=locale_th.pk)) == []
    # The English tree is a translation of the site root: same site.
    assert IndexEntry.objects.get(page_id=page.pk).site_id == site_th.pk


@pytest.fixture
def private_collection(db):
    root = Collection.get_first_root_node()
    collection = root.add_child(name="ภายใน")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return collection


def test_document_in_private_collection_not_indexed(make_document, private_collection):
    make_document("รายงานลับ", ["งบประมาณลับ"], collection=private_collection)
    assert titles("งบประมาณ") == []


def test_collection_made_private_later_removes_documents(make_document):
    collection = Collection.get_first_root_node().add_child(name="ชั่วคราว")
    make_document("รายงานประจำปี", ["งบประมาณ"], collection=collection)
    assert titles("งบประมาณ") == ["รายงานประจำปี"]
    restriction = CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    assert titles("งบประมาณ") == []
    restriction.delete()
    assert titles("งบประมาณ") == ["รายงานประจำปี"]
