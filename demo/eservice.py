"""Demo part 20: the E-Service page (O18)."""

from demo.factories import EServicePageFactory
from demo.translation import english_locale, translate
from demo.utils import child_by_slug

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


ENGLISH = {
    "E-Service บริการออนไลน์": "E-Service: online services",
    "บริการที่ประชาชนใช้ได้โดยไม่ต้องเดินทางมาที่สำนักงาน (ข้อมูลสมมติ)": (
        "Services you can use without coming to the office (fictitious demo data)"
    ),
    "ยื่นคำร้องขออนุญาตก่อสร้างอาคารออนไลน์": "Apply for a building permit online",
    "ยื่นคำร้องและแนบแบบแปลนได้ทางออนไลน์ ติดตามผลได้โดยไม่ต้องเดินทางมาที่ อบต.": (
        "Apply and attach the plans online, and follow the application without coming to the SAO."
    ),
    "แจ้งซ่อมไฟฟ้าสาธารณะ": "Report a broken street light",
    "แจ้งจุดไฟฟ้าส่องสว่างชำรุด พร้อมแนบภาพถ่ายและตำแหน่ง": "Report a broken street light with a photo and its location.",
    "ชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์": "Pay land and building tax online",
    "ตรวจสอบยอดภาษีและชำระผ่านระบบธนาคารได้ตลอด 24 ชั่วโมง": "Check the tax due and pay through your bank, 24 hours a day.",
}


def load(site, stdout) -> None:
    home = site.root_page.specific
    page = child_by_slug(home, "e-service")
    if page is None:  # a rerun must not add revisions
        page = EServicePageFactory(
            parent=home,
            slug="e-service",
            title="E-Service บริการออนไลน์",
            intro="<p>บริการที่ประชาชนใช้ได้โดยไม่ต้องเดินทางมาที่สำนักงาน (ข้อมูลสมมติ)</p>",
            services=[("service", dict(service)) for service in SERVICES],
        )
    translate(page, english_locale(), ENGLISH)
    stdout.write(f"eservice: {len(SERVICES)} online services")
