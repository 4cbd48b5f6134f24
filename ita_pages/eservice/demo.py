"""Demo part 20: the E-Service page (O18)."""

from home.demo_utils import add_validated_child, child_by_slug, publish_validated
from ita_pages.eservice.models import EServicePage

DEMO_ORDER = 20

SERVICES = [
    {
        "name": "ยื่นคำร้องขออนุญาตก่อสร้างอาคารออนไลน์",
        "description": "ยื่นคำร้องและแนบแบบแปลนได้ทางออนไลน์ ติดตามผลได้โดยไม่ต้องเดินทางมาที่ อบต.",
        "url": "https://bansuan-demo.example/e-service/building-permit/",
        "page": None,
    },
    {
        "name": "แจ้งซ่อมไฟฟ้าสาธารณะ",
        "description": "แจ้งจุดไฟฟ้าส่องสว่างชำรุด พร้อมแนบภาพถ่ายและตำแหน่ง",
        "url": "https://bansuan-demo.example/e-service/street-light/",
        "page": None,
    },
    {
        "name": "ชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์",
        "description": "ตรวจสอบยอดภาษีและชำระผ่านระบบธนาคารได้ตลอด 24 ชั่วโมง",
        "url": "https://bansuan-demo.example/e-service/land-tax/",
        "page": None,
    },
]


def load(site, stdout) -> None:
    home = site.root_page.specific
    page = child_by_slug(home, "e-service") or EServicePage(slug="e-service")
    page.title = "E-Service บริการออนไลน์"
    page.intro = "<p>บริการที่ประชาชนใช้ได้โดยไม่ต้องเดินทางมาที่สำนักงาน (ข้อมูลสมมติ)</p>"
    page.services = [("service", dict(service)) for service in SERVICES]
    if page.pk:
        publish_validated(page)
    else:
        add_validated_child(home, page)
    stdout.write(f"eservice: {len(SERVICES)} online services")
