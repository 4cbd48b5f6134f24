"""Indexing follows publishing: live public pages only, re-indexed on publish/unpublish."""

from wagtail.search import index

from search.models import IndexEntry
from search.query import search


def titles(query, **kwargs):
    return [entry.title for entry in search(query, **kwargs)]


def test_published_page_is_found_by_whole_word_and_parts(make_page):
    make_page("ประกาศผลการจัดซื้อจัดจ้างประจำเดือน", "<p>รายการวัสดุสำนักงาน</p>")
    make_page("ประมวลจริยธรรม", "<p>เจ้าหน้าที่ซื่อสัตย์สุจริต</p>")
    for query in ("จัดซื้อจัดจ้าง", "จัดซื้อ", "ซื้อ", "วัสดุ"):
        assert titles(query) == ["ประกาศผลการจัดซื้อจัดจ้างประจำเดือน"], query
    assert titles("ซื่อ") == ["ประมวลจริยธรรม"]


def test_two_letter_words(make_page):
    make_page("บริการที่ดี", "<p>เดินทางไปสำนักงาน</p>")
    make_page("ดีเซล", "<p>น้ำมันเชื้อเพลิง</p>")
    assert titles("ดี") == ["บริการที่ดี"]
    assert titles("ไป") == ["บริการที่ดี"]


def test_draft_is_not_indexed_until_published(make_page):
    page = make_page("แผนการจัดซื้อ", live=False)
    assert titles("แผน") == []
    assert not IndexEntry.objects.filter(page_id=page.pk).exists()
    page.get_latest_revision().publish()
    assert titles("แผน") == ["แผนการจัดซื้อ"]


def test_draft_changes_stay_out_of_the_index(make_page):
    page = make_page("รายงานประจำปี", "<p>งบประมาณ</p>")
    page.intro = "<p>ข้อความลับยังไม่เผยแพร่</p>"
    page.save_revision()
    assert titles("ข้อความลับ") == []
    assert titles("งบประมาณ") == ["รายงานประจำปี"]


def test_republish_replaces_old_text(make_page):
    page = make_page("รายงานประจำปี", "<p>งบประมาณ</p>")
    page.intro = "<p>ความพึงพอใจ</p>"
    page.save_revision().publish()
    assert titles("งบประมาณ") == []
    assert titles("ความพึงพอใจ") == ["รายงานประจำปี"]


def test_unpublish_removes_page(make_page):
    page = make_page("ข่าวประชาสัมพันธ์")
    assert titles("ข่าว") == ["ข่าวประชาสัมพันธ์"]
    page.unpublish()
    assert titles("ข่าว") == []


def test_unpublish_with_descendants_removes_them(make_page, superuser):
    from wagtail.actions.unpublish_page import UnpublishPageAction

    parent = make_page("หมวดข่าว")
    make_page("ข่าวกิจกรรม", parent=parent)
    UnpublishPageAction(parent, user=superuser, include_descendants=True).execute()
    assert titles("ข่าว") == []


def test_deleted_page_leaves_no_entry(make_page):
    page = make_page("ข่าวประชาสัมพันธ์")
    page.delete()
    assert IndexEntry.objects.count() == 0


def test_rebuild_command_indexes_live_public_pages(make_page, site_th):
    from django.core.management import call_command

    make_page("ข่าวประชาสัมพันธ์")
    make_page("ร่างข่าว", live=False)
    IndexEntry.objects.all().delete()
    call_command("rebuild_thai_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert titles("ข่าว") == ["ข่าวประชาสัมพันธ์"]


def test_title_outranks_body(make_page):
    make_page("ประกาศทั่วไป", "<p>มีเรื่องงบประมาณเล็กน้อย</p>")
    make_page("งบประมาณประจำปี", "<p>รายละเอียด</p>")
    assert titles("งบประมาณ") == ["งบประมาณประจำปี", "ประกาศทั่วไป"]


def test_partial_matches_when_no_entry_has_every_word(make_page):
    make_page("แผนการจัดซื้อจัดจ้าง")
    assert titles("แผนจัดซื้อ ยานอวกาศ") == ["แผนการจัดซื้อจัดจ้าง"]


def test_english_query(make_page):
    make_page("ระบบ E-Service", "<p>Online services for citizens</p>")
    assert titles("eservice") == ["ระบบ E-Service"]
    assert titles("SERVICES citizens") == ["ระบบ E-Service"]


def test_child_rows_reindex_their_page(make_page, monkeypatch, django_capture_on_commit_callbacks):
    """Stand-in for Q&A answers: a row with ``search_parent_page`` re-indexes its page."""
    from wagtail.contrib.redirects.models import Redirect

    from home.models import HomePage

    def search_extra(page):
        return " ".join(Redirect.objects.filter(redirect_page=page).values_list("old_path", flat=True))

    monkeypatch.setattr(HomePage, "search_extra", search_extra, raising=False)
    monkeypatch.setattr(HomePage, "search_fields", [*HomePage.search_fields, index.SearchField("search_extra")])
    monkeypatch.setattr(Redirect, "search_parent_page", property(lambda row: row.redirect_page), raising=False)
    page = make_page("คำถามที่พบบ่อย")
    redirect = Redirect.objects.create(old_path="/ภาษีที่ดิน", redirect_page=page)
    assert titles("ภาษีที่ดิน") == ["คำถามที่พบบ่อย"]
    with django_capture_on_commit_callbacks(execute=True):
        redirect.delete()
    assert titles("ภาษีที่ดิน") == []


def test_deleting_a_page_with_child_rows(make_page, monkeypatch, django_capture_on_commit_callbacks):
    from wagtail.contrib.redirects.models import Redirect

    monkeypatch.setattr(Redirect, "search_parent_page", property(lambda row: row.redirect_page), raising=False)
    page = make_page("หน้าที่จะลบ")
    Redirect.objects.create(old_path="/old", redirect_page=page)
    with django_capture_on_commit_callbacks(execute=True):
        page.delete()
    assert IndexEntry.objects.count() == 0
