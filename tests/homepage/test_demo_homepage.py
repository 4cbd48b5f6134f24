"""The demo homepage: every widget used, announcements from the shipped feed."""

from io import StringIO

from django.core.management import call_command
from wagtail.models import Page, Site

from home.blocks import BottomRegionBlock, MainRegionBlock, RightRegionBlock
from ita_pages.furniture.menus.models import MainMenu
from ita_pages.furniture.procurement.models import ProcurementAnnouncement


def test_demo_homepage_uses_every_widget_and_shows_offline_announcements(db, client):
    call_command("load_demo_site", stdout=StringIO())
    home = Site.objects.get(is_default_site=True).root_page.specific
    used = {block.block_type for region in (home.main, home.right, home.bottom) for block in region}
    every = set(MainRegionBlock.base_blocks) | set(RightRegionBlock.base_blocks) | set(BottomRegionBlock.base_blocks)
    assert used == every

    assert ProcurementAnnouncement.objects.filter(source="egp").count() == 6
    html = client.get("/th/").content.decode()
    bottom = html.split('data-region="bottom"')[1]
    assert "ประกวดราคาซื้อรถบรรทุกขยะ" in bottom  # from demo/fixtures/egp_feeds/D0.xml (Windows-874)
    assert "ข้อมูล ณ" in bottom and "ไม่มีประกาศ" in bottom  # type 15's feed is empty
    assert "กิจกรรมสัปดาห์รณรงค์ No Gift Policy" in bottom
    right = html.split('data-region="right"')[1].split('data-region="bottom"')[0]
    assert "https://itas.nacc.go.th/go/eit/demo-bansuan" in right
    assert "facebook.com/bansuan.demo.example" in right

    o20 = client.get("/th/procurement-announcements/").content.decode()
    assert "ประกาศเชิญชวน ประกวดราคาจ้างปรับปรุงอาคารศูนย์พัฒนาเด็กเล็ก" in o20
    assert "บันทึกโดยเจ้าหน้าที่" in o20  # the hand-entered one


def test_demo_menu_is_created_only_with_a_live_qa_page(db, client):
    call_command("load_demo_site", stdout=StringIO())
    has_qa = Page.objects.live().filter(content_type__app_label="qa", content_type__model="qapage").exists()
    assert MainMenu.objects.exists() == has_qa
    if has_qa:
        assert '<summary aria-expanded="false">บริการประชาชน</summary>' in client.get("/th/").content.decode()


def test_demo_homepage_query_count_is_pinned(db, client, django_assert_max_num_queries):
    call_command("load_demo_site", stdout=StringIO())
    client.get("/th/")  # warm the per-process caches (site root paths)
    # Widgets resolve their pages within the request's site and the header links each
    # page's translation; the locale is still looked up twice (a known cost to remove).
    with django_assert_max_num_queries(38):
        assert client.get("/th/").status_code == 200
