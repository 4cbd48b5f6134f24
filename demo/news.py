"""Demo part 20: a news index with news of the assessment year (O7)."""

import datetime

from demo.factories import NewsIndexPageFactory, NewsPageFactory
from demo.translation import english_locale, translate
from demo.utils import child_by_slug
from ita_pages.core.publish import publish_validated

DEMO_ORDER = 20

NEWS = [
    (
        "kick-off-ita-2566",
        "อบต. จัดประชุมชี้แจงการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566",
        datetime.date(2022, 11, 10),
        "ผู้บริหารและเจ้าหน้าที่ร่วมประชุมเพื่อเตรียมเผยแพร่ข้อมูลสาธารณะตามเกณฑ์ ITA",
    ),
    (
        "road-repair-moo-3",
        "ซ่อมแซมถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3 แล้วเสร็จ",
        datetime.date(2023, 1, 20),
        "การซ่อมแซมถนนสายหลักของหมู่ที่ 3 แล้วเสร็จตามกำหนด ประชาชนใช้เส้นทางได้ตามปกติ",
    ),
    (
        "no-gift-week",
        "กิจกรรมสัปดาห์รณรงค์ No Gift Policy",
        datetime.date(2023, 3, 15),
        "เจ้าหน้าที่ร่วมกิจกรรมรณรงค์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่",
    ),
]


ENGLISH = {
    "ข่าวประชาสัมพันธ์": "News",
    "ข่าวสารการดำเนินงานตามอำนาจหน้าที่ของ อบต. (ข้อมูลสมมติ)": "News of the SAO's work (fictitious demo data)",
    "อบต. จัดประชุมชี้แจงการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566": (
        "The SAO briefs its staff on the ITA assessment of fiscal year 2023"
    ),
    "ผู้บริหารและเจ้าหน้าที่ร่วมประชุมเพื่อเตรียมเผยแพร่ข้อมูลสาธารณะตามเกณฑ์ ITA": (
        "Executives and staff met to prepare the open data the ITA asks for."
    ),
    "ซ่อมแซมถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3 แล้วเสร็จ": "Concrete road repair in Village 3 completed",
    "การซ่อมแซมถนนสายหลักของหมู่ที่ 3 แล้วเสร็จตามกำหนด ประชาชนใช้เส้นทางได้ตามปกติ": (
        "The repair of Village 3's main road finished on time; the road is open as usual."
    ),
    "กิจกรรมสัปดาห์รณรงค์ No Gift Policy": "No Gift Policy campaign week",
    "เจ้าหน้าที่ร่วมกิจกรรมรณรงค์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่": (
        "Staff joined the campaign to accept no gift of any kind for their official duties."
    ),
}


def load(site, stdout) -> None:
    home = site.root_page.specific
    news = [{"slug": slug, "title": title, "date": date, "summary": summary} for slug, title, date, summary in NEWS]
    index = child_by_slug(home, "news")
    if index is None:
        # The news are the index's part: the factory publishes them, then the index.
        index = NewsIndexPageFactory(
            parent=home,
            title="ข่าวประชาสัมพันธ์",
            slug="news",
            intro="<p>ข่าวสารการดำเนินงานตามอำนาจหน้าที่ของ อบต. (ข้อมูลสมมติ)</p>",
            news=news,
        )
    for fields in news:
        # Existing pages are left alone: a rerun must not add revisions.
        if child_by_slug(index, fields["slug"]) is None:
            NewsPageFactory(parent=index, **fields)
    if not index.live:
        index = publish_validated(index)
    en = english_locale()
    translate(index, en, ENGLISH)
    for slug, *_rest in NEWS:
        translate(child_by_slug(index, slug), en, ENGLISH)
    translate(index, en, ENGLISH)  # again: its children changed the source (a rerun then changes nothing)
    stdout.write(f"news: {len(NEWS)} news pages")
