"""Demo part 30: e-GP announcements imported offline from the shipped sample feeds.

The files in demo/fixtures/egp_feeds/ are e-GP-shaped (Windows-874, bare dates, empty guids)
so `make run` shows announcements without the internet, through the same
parser and storage as the real import.
"""

import datetime
from pathlib import Path

from demo.factories import ProcurementAnnouncementPageFactory
from demo.translation import english_locale, translate
from demo.utils import child_by_slug
from ita_pages.furniture.procurement import importer
from ita_pages.furniture.procurement.models import EGPFeed, ProcurementAnnouncement, Source

DEMO_ORDER = 30
FEEDS = Path(__file__).parent / "fixtures" / "egp_feeds"


ENGLISH = {
    "ประกาศจัดซื้อจัดจ้าง": "Procurement announcements",
    "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง จากระบบ e-GP และที่เจ้าหน้าที่บันทึก (ข้อมูลสมมติ)": (
        "Procurement announcements from the e-GP system and those recorded by staff (fictitious demo data)"
    ),
}


def load(site, stdout) -> None:
    feed = EGPFeed.for_site(site)
    feed.dept_id = ""  # the demo agency is fictitious: nothing to fetch from e-GP
    feed.types = ["P0", "15", "D0", "W0"]
    feed.save()
    stored = sum(importer.import_bytes(site, path.stem, path.read_bytes()) for path in sorted(FEEDS.glob("*.xml")))
    ProcurementAnnouncement.objects.update_or_create(
        site=site,
        project_id="66037000001",
        type_code="W0",
        date=datetime.date(2023, 3, 28),
        defaults={
            "title": "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมเครื่องปรับอากาศ สำนักงาน อบต. (บันทึกโดยเจ้าหน้าที่)",
            "method": "เฉพาะเจาะจง",
            "source": Source.MANUAL,
        },
    )
    home = site.root_page.specific
    page = child_by_slug(home, "procurement-announcements")
    if page is None:  # a rerun must not add revisions
        page = ProcurementAnnouncementPageFactory(
            parent=home,
            slug="procurement-announcements",
            title="ประกาศจัดซื้อจัดจ้าง",
            intro="<p>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง จากระบบ e-GP และที่เจ้าหน้าที่บันทึก (ข้อมูลสมมติ)</p>",
            fiscal_year=2566,  # the demo's assessment year
            announcements=[],  # the feeds' and the officer's, stored above
        )
    translate(page, english_locale(), ENGLISH)
    stdout.write(f"procurement: {stored} announcements from the sample e-GP feeds")
