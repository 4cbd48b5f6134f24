"""Private, draft and complaint content never reaches the index or the results."""

import pytest
from django.apps import apps
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from demo.factories import CorruptionComplaintPageFactory, HomePageFactory
from home.models import HomePage
from search import indexer
from search.models import IndexEntry
from search.query import search


def titles(query):
    return [entry.title for entry in search(query)]


def make_complaint_page(site_th, title, intro="<p>แจ้งเรื่องได้ที่นี่</p>"):
    return CorruptionComplaintPageFactory(parent=site_th.root_page, title=title, intro=intro, slug="complaint")


def test_complaint_pages_are_never_indexed(site_th, searchable_pages):
    page = make_complaint_page(site_th, "เรื่องร้องเรียนการทุจริตของนายสมชาย")
    assert page.specific._meta.app_label == "complaints"
    assert titles("ร้องเรียน") == []
    indexer.rebuild()
    assert not IndexEntry.objects.filter(page_id=page.pk).exists()


def test_guard_covers_every_page_type_of_the_complaints_app():
    models = [m for m in apps.get_app_config("complaints").get_models() if issubclass(m, Page)]
    assert len(models) >= 3  # the general channel, the corruption channel and its statistics
    assert all(indexer.is_excluded_model(model) for model in models)
    assert not indexer.is_excluded_model(HomePage)


def test_documents_used_by_complaints_are_dropped(site_th, searchable_pages, make_document):
    document = make_document("หลักฐานประกอบคำร้อง", ["ภาพถ่ายหลักฐานการเรียกรับเงิน"])
    assert titles("หลักฐาน") == ["หลักฐานประกอบคำร้อง"]
    make_complaint_page(site_th, "คำร้อง", f'<p><a linktype="document" id="{document.pk}">แนบ</a></p>')
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
    page = HomePageFactory(parent=english, title="Procurement plan", slug="plan", validate=False)
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
