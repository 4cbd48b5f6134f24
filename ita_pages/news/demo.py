"""Demo part 20: a news index with news of the assessment year (O7)."""

import datetime

from home.demo_utils import add_validated_child, child_by_slug
from ita_pages.news.models import NewsIndexPage, NewsPage

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


def load(site, stdout) -> None:
    home = site.root_page.specific
    index = child_by_slug(home, "news")
    if index is None:
        index = add_validated_child(
            home,
            NewsIndexPage(
                title="ข่าวประชาสัมพันธ์",
                slug="news",
                intro="<p>ข่าวสารการดำเนินงานตามอำนาจหน้าที่ของ อบต. (ข้อมูลสมมติ)</p>",
            ),
        )
    for slug, title, date, summary in NEWS:
        # Existing pages are left alone: a rerun must not add revisions.
        if child_by_slug(index, slug) is None:
            page = NewsPage(slug=slug, title=title, date=date, summary=summary, body=f"<p>{summary}</p>")
            add_validated_child(index, page)
    stdout.write(f"news: {len(NEWS)} news pages")
