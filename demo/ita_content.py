"""Realistic Thai demo content for every indicator page this app serves (ITA 2566).

Why separate from demo.py: the content doubles as the "complete item" fixture of the
tests (each required part is then removed one by one), so it is a plain function per
page type that returns field values, built for the assessment year it is given.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

from demo.media import chart_bytes, get_document, get_image, portrait_bytes
from ita_pages.core.catalogue.periods import first_half_months, suggested_period
from ita_pages.core.fiscal import FiscalYear

AGENCY = "องค์การบริหารส่วนตำบลบ้านสวนสาธิต"


def _doc(title, *lines):
    name = hashlib.sha1(title.encode("utf-8")).hexdigest()[:12]  # noqa: S324 - a file name, not security
    return get_document(title, list(lines) or [title], f"ita-{name}.pdf")


def _person(name, position, role, side, phone):
    photo = get_image(f"รูปถ่าย {name}", portrait_bytes(name), "portrait.png")
    return (
        "person",
        {"name": name, "position": position, "role": role, "side": side, "photo": photo, "contact": phone},
    )


def _d(fy: FiscalYear, month: int, day: int) -> dt.date:
    """A date in fiscal year ``fy`` by calendar month (October belongs to the year before)."""
    return dt.date(fy.ce_year - 1 if month >= 10 else fy.ce_year, month, day)


def structure(fy):
    units = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา"]
    chart = get_image("แผนผังโครงสร้าง อบต.", chart_bytes("อบต.บ้านสวนสาธิต", units), "chart.png")
    political = get_image(
        "แผนผังโครงสร้างฝ่ายการเมือง",
        chart_bytes("สภา อบต. / นายก อบต.", ["รองนายก", "เลขานุการนายก"]),
        "chart-political.png",
    )
    return {
        "body": [
            (
                "chart",
                {
                    "title": "โครงสร้างฝ่ายการเมือง",
                    "side": "political",
                    "image": political,
                    "units": "นายกองค์การบริหารส่วนตำบล รองนายกฯ 2 คน เลขานุการนายกฯ และสภาองค์การบริหารส่วนตำบล 12 คน",
                },
            ),
            (
                "chart",
                {
                    "title": "โครงสร้างส่วนราชการ (ฝ่ายข้าราชการประจำ)",
                    "side": "civil_service",
                    "image": chart,
                    "units": "ปลัด อบต. รองปลัด อบต. สำนักปลัด กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม",
                },
            ),
        ]
    }


def executives(fy):
    return {
        "body": [
            _person("นายสมชาย ใจดี", "นายกองค์การบริหารส่วนตำบลบ้านสวนสาธิต", "top", "political", "081-234-5678"),
            _person("นางสาวมาลี ศรีสุข", "รองนายกองค์การบริหารส่วนตำบล", "deputy", "political", "081-234-5679"),
            _person("นายประเสริฐ มั่นคง", "ปลัดองค์การบริหารส่วนตำบล", "top", "civil_service", "0-4321-0001 ต่อ 101"),
            _person("นางวันดี ทองคำ", "รองปลัดองค์การบริหารส่วนตำบล", "deputy", "civil_service", "0-4321-0001 ต่อ 102"),
        ]
    }


def duties(fy):
    return {
        "body": [
            (
                "duty",
                {
                    "law": "พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 และ 67",
                    "duties": "<ol><li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li>"
                    "<li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ</li>"
                    "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li>"
                    "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li></ol>",
                },
            )
        ]
    }


def strategic_plan(fy):
    return {
        "period": (fy.start, FiscalYear(fy.be_year + 4).end),
        "body": [
            (
                "strategy",
                {
                    "strategy": "ยุทธศาสตร์ที่ 1 การพัฒนาโครงสร้างพื้นฐาน",
                    "goals": "ถนนและระบบประปาหมู่บ้านได้มาตรฐาน ครอบคลุมทุกหมู่บ้าน",
                    "indicators": "ร้อยละ 90 ของถนนในตำบลเป็นถนนคอนกรีตหรือลาดยาง",
                },
            ),
            (
                "strategy",
                {
                    "strategy": "ยุทธศาสตร์ที่ 2 การพัฒนาคุณภาพชีวิตและสังคม",
                    "goals": "ผู้สูงอายุและผู้พิการได้รับการดูแลอย่างทั่วถึง",
                    "indicators": "ผู้สูงอายุได้รับเบี้ยยังชีพครบร้อยละ 100",
                },
            ),
            (
                "document",
                {
                    "title": "แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)",
                    "date": _d(fy, 10, 1),
                    "document": _doc("แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)", "ยุทธศาสตร์ เป้าหมาย ตัวชี้วัด"),
                },
            ),
        ],
    }


def contact(fy):
    """O5 shows the agency profile's facts; a page built without a site carries the demo's."""
    from demo.site import DEMO_CONTACT

    return {"agency_facts": dict(DEMO_CONTACT)}


def laws(fy):
    return {
        "body": [
            (
                "law",
                {
                    "title": "พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537",
                    "summary": "",
                    "url": "https://www.krisdika.go.th/",
                },
            ),
            (
                "law",
                {"title": "พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542", "summary": ""},
            ),
            ("law", {"title": "พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540", "summary": ""}),
            ("law", {"title": "พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560", "summary": ""}),
        ]
    }


def social(fy):
    return {
        "body": [
            (
                "link",
                {
                    "network": "facebook",
                    "url": "https://www.facebook.com/bansuan.demo.example",
                    "name": "อบต.บ้านสวนสาธิต",
                },
            ),
            ("link", {"network": "line", "url": "https://line.me/R/ti/p/@bansuan-demo", "name": "@bansuansathit"}),
        ]
    }


def privacy(fy):
    return {
        "body": [
            (
                "policy",
                {
                    "title": "นโยบายคุ้มครองข้อมูลส่วนบุคคลขององค์การบริหารส่วนตำบลบ้านสวนสาธิต",
                    "text": "<p>องค์การบริหารส่วนตำบลบ้านสวนสาธิตเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลเท่าที่จำเป็นตามอำนาจหน้าที่ "
                    "ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p><p>เจ้าของข้อมูลมีสิทธิขอเข้าถึง แก้ไข หรือลบข้อมูลของตน "
                    "โดยติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลที่สำนักปลัด</p>",
                    "issued_by": "นายสมชาย ใจดี นายกองค์การบริหารส่วนตำบล",
                    "issued_on": dt.date(2022, 6, 1),
                },
            )
        ]
    }


def _plan_items(fy, items):
    return [
        (
            "plan_item",
            {"project": p, "budget": Decimal(b), "start": _d(fy, s, 1), "end": _d(fy, e, 28), "responsible": r},
        )
        for p, b, s, e, r in items
    ]


def operating_plan(fy):
    return {
        "body": _plan_items(
            fy,
            [
                ("โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3", "450000", 11, 3, "กองช่าง"),
                ("โครงการจัดงานวันผู้สูงอายุ", "60000", 4, 4, "สำนักปลัด"),
                ("โครงการอาหารกลางวันศูนย์พัฒนาเด็กเล็ก", "320000", 10, 9, "กองการศึกษา"),
            ],
        )
    }


def _progress(items):
    return [
        ("progress", {"project": p, "progress": g, "percent": c, "budget_spent": Decimal(b)}) for p, g, c, b in items
    ]


def operating_progress(fy):
    return {
        "body": _progress(
            [
                ("โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3", "ก่อสร้างแล้วเสร็จ ตรวจรับงานเมื่อ 20 มีนาคม 2566", 100, "445000"),
                ("โครงการอาหารกลางวันศูนย์พัฒนาเด็กเล็ก", "ดำเนินการต่อเนื่องทุกเดือน", 50, "160000"),
            ]
        )
    }


def _annual(results, budget):
    return {
        "results": results,
        "budget": budget,
        "problems": "งบประมาณได้รับการจัดสรรล่าช้าในไตรมาสแรก",
        "recommendations": "วางแผนการเบิกจ่ายล่วงหน้าและติดตามผลทุกไตรมาส",
    }


def annual_performance(fy):
    return {
        "body": [
            (
                "report",
                _annual(
                    "ดำเนินโครงการตามแผน 42 จาก 45 โครงการ (ร้อยละ 93)",
                    "เบิกจ่าย 18,540,000 บาท จากงบประมาณ 20,000,000 บาท (ร้อยละ 92.7)",
                ),
            )
        ]
    }


def work_manual(fy):
    return {
        "body": [
            (
                "manual",
                {
                    "title": "คู่มือการปฏิบัติงานการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง",
                    "mission": "การจัดเก็บรายได้ของท้องถิ่น",
                    "positions": "นักวิชาการจัดเก็บรายได้ เจ้าพนักงานจัดเก็บรายได้",
                    "steps": [
                        "สำรวจและจัดทำบัญชีรายการที่ดินและสิ่งปลูกสร้าง",
                        "ประกาศราคาประเมินและอัตราภาษี",
                        "แจ้งการประเมินภาษีแก่ผู้เสียภาษี",
                        "รับชำระภาษีและออกใบเสร็จ",
                        "ติดตามผู้ค้างชำระ",
                    ],
                },
            )
        ]
    }


def service_manual(fy):
    return {
        "body": [
            (
                "manual",
                {
                    "title": "คู่มือสำหรับประชาชน: การขออนุญาตก่อสร้างอาคาร",
                    "service": "การขออนุญาตก่อสร้างอาคาร",
                    "steps": ["ยื่นคำขอพร้อมแบบแปลนที่กองช่าง", "เจ้าหน้าที่ตรวจสอบเอกสารและสถานที่", "พิจารณาอนุญาต", "รับใบอนุญาต"],
                    "duration": "ไม่เกิน 45 วัน",
                    "fees": "ตามกฎกระทรวง",
                },
            )
        ]
    }


def service_statistics(fy):
    rows = []
    for day in first_half_months(fy.be_year):
        end = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        rows.append({"start": day, "end": end, "label": "ชำระภาษีที่ดินและสิ่งปลูกสร้าง", "count": 30 + day.month})
    return {"body": [("table", {"title": "สถิติการให้บริการ 6 เดือนแรก", "unit": "ราย", "rows": rows})]}


def satisfaction(fy):
    return {
        "body": [
            (
                "survey",
                {
                    "summary": "ผู้รับบริการพึงพอใจในภาพรวมระดับมากที่สุด ด้านกระบวนการ เจ้าหน้าที่ และสิ่งอำนวยความสะดวก",
                    "respondents": 400,
                    "satisfaction": Decimal("91.20"),
                },
            )
        ]
    }


def procurement_plan(fy):
    return {
        "body": [
            (
                "plan",
                {
                    "title": f"แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {fy.be_year}",
                    "published_on": _d(fy, 10, 20),
                    "summary": "โครงการก่อสร้าง 6 รายการ จัดซื้อครุภัณฑ์ 4 รายการ",
                    "document": _doc(f"แผนการจัดซื้อจัดจ้าง พ.ศ. {fy.be_year}", "รายการโครงการและวงเงิน"),
                },
            )
        ]
    }


def monthly_procurement(fy):
    body = []
    for day in first_half_months(fy.be_year):
        if day.month in (10, 2):
            body.append(("month", {"month": day, "nil_statement": "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้", "procurements": []}))
            continue
        body.append(
            (
                "month",
                {
                    "month": day,
                    "nil_statement": "",
                    "procurements": [
                        {
                            "item": "จัดซื้อวัสดุสำนักงาน" if day.month != 12 else "จ้างซ่อมแซมถนนลูกรัง หมู่ที่ 5",
                            "budget": Decimal("25000"),
                            "median_price": Decimal("25000"),
                            "method": "specific",
                            "bidders": "ร้านสาธิตพาณิชย์ 24,500 บาท",
                            "winner": "ร้านสาธิตพาณิชย์ 24,500 บาท",
                            "reason": "ผู้เสนอราคาต่ำสุดและคุณสมบัติครบถ้วน",
                            "contract_number": f"{day.month}/{fy.be_year}",
                            "contract_date": day + dt.timedelta(days=14),
                        }
                    ],
                },
            )
        )
    return {"body": body}


def procurement_report(fy):
    return {
        "body": [
            (
                "report",
                {
                    "budget": "ใช้งบประมาณจัดซื้อจัดจ้าง 6,320,000 บาท",
                    "summary": "จัดซื้อจัดจ้าง 52 รายการ วิธีเฉพาะเจาะจง 47 รายการ e-bidding 5 รายการ",
                    "problems": "ผู้เสนอราคาน้อยรายในงานก่อสร้าง",
                    "recommendations": "ประชาสัมพันธ์ประกาศเชิญชวนให้กว้างขวางขึ้น",
                },
            )
        ]
    }


def hr_policy(fy):
    return {
        "body": [
            (
                "policy",
                {
                    "title": "นโยบายการบริหารทรัพยากรบุคคล",
                    "issued_by": "นายสมชาย ใจดี",
                    "text": "<p>มุ่งสรรหาคนดีคนเก่ง พัฒนาบุคลากรอย่างต่อเนื่อง ประเมินผลอย่างเป็นธรรม และเสริมสร้างขวัญกำลังใจ</p>",
                    "issued_on": _d(fy, 10, 3),
                },
            )
        ]
    }


def hr_progress(fy):
    return {"body": _progress([("โครงการพัฒนาศักยภาพบุคลากร", "จัดอบรมแล้ว 2 หลักสูตร ผู้เข้าร่วม 38 คน", 60, "42000")])}


def hr_rules(fy):
    texts = {
        "recruitment": "สรรหาและเลือกสรรตามประกาศคณะกรรมการพนักงานส่วนตำบล",
        "appointment": "บรรจุและแต่งตั้งตามมาตรฐานทั่วไปเกี่ยวกับพนักงานส่วนตำบล",
        "development": "พัฒนาบุคลากรตามแผนพัฒนาพนักงานส่วนตำบล 3 ปี",
        "evaluation": "ประเมินผลการปฏิบัติงานปีละ 2 รอบ",
        "rewards": "ให้คุณให้โทษตามผลการประเมินและสร้างขวัญกำลังใจด้วยการยกย่องเชิดชูเกียรติ",
    }
    return {"body": [("rule", {"area": area, "summary": text}) for area, text in texts.items()]}


def hr_report(fy):
    return {
        "body": [
            (
                "report",
                {
                    "results": "ดำเนินการตามแผนพัฒนาบุคลากรครบทุกโครงการ",
                    "statistics": "อัตรากำลัง 42 อัตรา บรรจุใหม่ 3 คน โอนย้าย 1 คน ฝึกอบรม 36 คน",
                    "problems": "ตำแหน่งว่างในสายงานช่างสรรหายาก",
                    "recommendations": "ขอใช้บัญชีผู้สอบแข่งขันได้ของหน่วยงานอื่น",
                },
            )
        ]
    }


def complaint_guideline(fy):
    return {
        "body": [
            (
                "guideline",
                {
                    "how_to_complain": "ร้องเรียนได้ทางช่องทางร้องเรียนการทุจริตบนเว็บไซต์ ทางไปรษณีย์ "
                    "หรือด้วยตนเองที่สำนักปลัด โดยระบุข้อเท็จจริงและพยานหลักฐาน",
                    "steps": [
                        "รับเรื่องและลงทะเบียน",
                        "ตรวจสอบข้อเท็จจริง",
                        "แต่งตั้งคณะกรรมการสอบสวน (ถ้ามีมูล)",
                        "แจ้งผลแก่ผู้ร้องเรียน",
                    ],
                    "responsible_unit": "สำนักปลัด องค์การบริหารส่วนตำบลบ้านสวนสาธิต",
                    "time_frame": "ภายใน 30 วันนับแต่วันรับเรื่อง",
                },
            )
        ]
    }


def participation(fy):
    return {
        "body": [
            (
                "participation",
                {
                    "topic": "ประชาคมตำบลเพื่อจัดทำแผนพัฒนาท้องถิ่น",
                    "date": _d(fy, 2, 15),
                    "participants": "ผู้แทนหมู่บ้าน 12 หมู่บ้าน รวม 150 คน",
                    "results": "ได้โครงการที่ประชาชนต้องการ 25 โครงการ",
                    "improvements": "บรรจุโครงการที่ได้ลงในแผนพัฒนาท้องถิ่นฉบับเพิ่มเติม",
                    "photos": [],
                },
            )
        ]
    }


def no_gift_declaration(fy):
    return {
        "period": (_d(fy, 10, 3), _d(fy, 10, 3)),
        "body": [
            (
                "announcement",
                {
                    "title": f"ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ (No Gift Policy) ประจำปี พ.ศ. {fy.be_year}",
                    "text": "ข้าพเจ้าและเจ้าหน้าที่ของรัฐทุกคนในองค์การบริหารส่วนตำบลบ้านสวนสาธิต จะไม่รับของขวัญและของกำนัลทุกชนิด "
                    "จากการปฏิบัติหน้าที่ ทั้งก่อน ระหว่าง และหลังการปฏิบัติหน้าที่",
                    "signer": "นายสมชาย ใจดี",
                    "signer_position": "นายกองค์การบริหารส่วนตำบลบ้านสวนสาธิต",
                    "signer_role": "top",
                    "signed_on": _d(fy, 10, 3),
                    "document": _doc(
                        f"ประกาศ No Gift Policy {fy.be_year}", "ประกาศ ณ วันที่ 3 ตุลาคม", "ลงชื่อ นายสมชาย ใจดี"
                    ),
                },
            )
        ],
    }


def _activity(fy, topic, month, day, results):
    return (
        "activity",
        {
            "topic": topic,
            "date": _d(fy, month, day),
            "participants": "เจ้าหน้าที่และพนักงาน 40 คน",
            "results": results,
            "photos": [],
        },
    )


def no_gift_culture(fy):
    return {"body": [_activity(fy, "ประชุมถ่ายทอดนโยบาย No Gift Policy", 11, 8, "เจ้าหน้าที่รับทราบและลงนามถือปฏิบัติ")]}


def no_gift_report(fy):
    return {
        "body": [
            (
                "report",
                {
                    "results": "ไม่พบการรับของขวัญหรือของกำนัลจากการปฏิบัติหน้าที่ในรอบ 6 เดือน",
                    "gifts_reported": 0,
                    "recommendations": "ประชาสัมพันธ์นโยบายต่อเนื่อง",
                },
            )
        ]
    }


def risk_assessment(fy):
    return {
        "body": [
            (
                "risk",
                {
                    "event": "การเรียกรับผลประโยชน์ในการออกใบอนุญาตก่อสร้าง",
                    "level": "high",
                    "measures": "กำหนดขั้นตอนและระยะเวลาให้ชัดเจน เผยแพร่ผลการอนุญาตบนเว็บไซต์",
                },
            ),
            (
                "risk",
                {
                    "event": "การใช้รถราชการเพื่อประโยชน์ส่วนตน",
                    "level": "medium",
                    "measures": "บันทึกการใช้รถทุกครั้งและตรวจสอบรายเดือน",
                },
            ),
        ]
    }


def risk_actions(fy):
    return {
        "body": [
            _activity(
                fy, "เผยแพร่ขั้นตอนการออกใบอนุญาตก่อสร้างและผลการอนุญาต", 1, 10, "เผยแพร่ผลการอนุญาตครบทุกเดือน ไม่มีเรื่องร้องเรียน"
            )
        ]
    }


def anti_corruption_plan(fy):
    return {
        "body": _plan_items(
            fy,
            [
                ("โครงการอบรมคุณธรรมจริยธรรมแก่พนักงาน", "30000", 12, 12, "สำนักปลัด"),
                ("โครงการเผยแพร่ข้อมูลข่าวสารด้านการจัดซื้อจัดจ้าง", "0", 10, 9, "กองคลัง"),
            ],
        )
    }


def anti_corruption_progress(fy):
    return {"body": _progress([("โครงการอบรมคุณธรรมจริยธรรมแก่พนักงาน", "จัดอบรมแล้วเมื่อธันวาคม", 100, "28500")])}


def anti_corruption_report(fy):
    return {
        "body": [("report", _annual("ดำเนินการตามแผนป้องกันการทุจริตครบ 8 โครงการ", "เบิกจ่าย 96,000 บาท จาก 100,000 บาท"))]
    }


def ethics_code(fy):
    return {
        "body": [
            (
                "code",
                {
                    "title": "ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น",
                    "text": "<p>ยึดมั่นในสถาบันหลักของประเทศ ซื่อสัตย์สุจริต มีจิตสำนึกที่ดี รับผิดชอบ และไม่เลือกปฏิบัติโดยไม่เป็นธรรม</p>",
                },
            )
        ]
    }


def ethics_promotion(fy):
    return {
        "body": [
            (
                "team_order",
                {
                    "title": "คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม",
                    "text": "แต่งตั้งคณะทำงาน 7 คน มีปลัด อบต. เป็นประธาน",
                    "signer": "นายสมชาย ใจดี",
                    "signer_position": "นายกองค์การบริหารส่วนตำบล",
                    "signer_role": "top",
                    "signed_on": _d(fy, 11, 1),
                    "document": _doc("คำสั่งแต่งตั้งคณะทำงานจริยธรรม", "คำสั่งที่ 120"),
                },
            ),
            (
                "guideline",
                {"title": "แนวทางปฏิบัติ Dos & Don'ts", "text": "ควรปฏิเสธของขวัญทุกชนิด ไม่ควรใช้ทรัพย์สินราชการเพื่อประโยชน์ส่วนตน"},
            ),
            _activity(fy, "อบรมจริยธรรมสำหรับพนักงานส่วนตำบล", 12, 12, "ผู้เข้าอบรมผ่านแบบทดสอบร้อยละ 95"),
        ]
    }


def ethics_evaluation(fy):
    return {
        "body": [
            (
                "evaluation",
                {
                    "hr_process": "การเลื่อนขั้นเงินเดือน",
                    "report": "นำผลการประเมินพฤติกรรมทางจริยธรรมประกอบการเลื่อนขั้นเงินเดือนรอบเมษายน",
                    "rule": "ประกาศหลักเกณฑ์ให้ผลการประเมินจริยธรรมมีน้ำหนักร้อยละ 10 ของการประเมิน",
                },
            )
        ]
    }


def integrity_measures(fy):
    return {
        "body": [
            (
                "analysis",
                {
                    "weaknesses": "การเปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือนไม่ครบ",
                    "improvements": "การสื่อสารช่องทางร้องเรียนการทุจริตให้ประชาชนรับรู้",
                },
            ),
            (
                "measure",
                {
                    "measure": "เผยแพร่สรุปผลการจัดซื้อจัดจ้างทุกเดือน",
                    "responsible": "กองคลัง",
                    "steps": "รวบรวมข้อมูลภายในวันที่ 5 ของเดือนถัดไปและเผยแพร่บนเว็บไซต์",
                    "monitoring": "ปลัด อบต. ตรวจสอบทุกเดือนและรายงานนายกฯ รายไตรมาส",
                },
            ),
        ]
    }


def integrity_actions(fy):
    return {
        "body": [
            _activity(fy, "เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือนตามมาตรการ", 3, 31, "เผยแพร่ครบทุกเดือน"),
            ("eit", {"url": "https://itas.nacc.go.th/go/eit/", "caption": "สแกนเพื่อร่วมประเมิน EIT"}),
        ]
    }


BUILDERS = {
    "OrganisationStructurePage": structure,
    "ExecutivesPage": executives,
    "DutiesPage": duties,
    "StrategicPlanPage": strategic_plan,
    "ContactPage": contact,
    "LawsPage": laws,
    "SocialNetworkPage": social,
    "PrivacyPolicyPage": privacy,
    "OperatingPlanPage": operating_plan,
    "OperatingProgressPage": operating_progress,
    "AnnualPerformanceReportPage": annual_performance,
    "WorkManualPage": work_manual,
    "ServiceManualPage": service_manual,
    "ServiceStatisticsPage": service_statistics,
    "SatisfactionSurveyPage": satisfaction,
    "ProcurementPlanPage": procurement_plan,
    "MonthlyProcurementSummaryPage": monthly_procurement,
    "ProcurementAnnualReportPage": procurement_report,
    "HRPolicyPage": hr_policy,
    "HRProgressPage": hr_progress,
    "HRRulesPage": hr_rules,
    "HRAnnualReportPage": hr_report,
    "ComplaintGuidelinePage": complaint_guideline,
    "ParticipationPage": participation,
    "NoGiftDeclarationPage": no_gift_declaration,
    "NoGiftCulturePage": no_gift_culture,
    "NoGiftReportPage": no_gift_report,
    "RiskAssessmentPage": risk_assessment,
    "RiskActionsPage": risk_actions,
    "AntiCorruptionPlanPage": anti_corruption_plan,
    "AntiCorruptionProgressPage": anti_corruption_progress,
    "AntiCorruptionAnnualReportPage": anti_corruption_report,
    "EthicsCodePage": ethics_code,
    "EthicsPromotionPage": ethics_promotion,
    "EthicsEvaluationPage": ethics_evaluation,
    "IntegrityMeasuresPage": integrity_measures,
    "IntegrityActionsPage": integrity_actions,
}


def content_for(page_cls, item, year: int) -> dict:
    """Field values of a complete page of ``page_cls`` for ``item`` in assessment year ``year``."""
    fy = FiscalYear(year)
    values = BUILDERS[page_cls.__name__](fy)
    period = values.pop("period", None)
    if period is None:
        suggested = suggested_period(item.period, year)
        period = (suggested.start, suggested.end) if suggested else (None, None)
    values["period_start"], values["period_end"] = period
    values.setdefault("title", item.text("title", "th"))
    return values
