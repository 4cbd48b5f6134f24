"""Thai search relevance: Wagtail's default backend against the Thai index, same run.

Why this exists: issue 8 asks for evidence that Thai queries find the right pages
and PDFs. The script builds the demo site in a throwaway database (SQLite by
default, or the PostgreSQL database given by --database-url), indexes it with
both engines, runs at least 40 Thai queries with hand-labelled expected results
(by title) and prints recall@10 and MRR for each engine.

    python bench/search_relevance.py                 # temporary SQLite
    python bench/search_relevance.py --database-url postgres://postgres@127.0.0.1:5432/bench_issue8
    python bench/search_relevance.py --verbose       # per-query ranks

A query whose expected titles are all missing from the demo (a page app not
installed yet) is reported as skipped, not counted.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

D1 = "ประกาศผลการจัดซื้อจัดจ้างประจำเดือนตุลาคม 2566"
D2 = "แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. 2566"
D3 = "รายงานผลการจัดซื้อจัดจ้างประจำปี 2565"
D4 = "ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ No Gift Policy"
D5 = "ประมวลจริยธรรมเจ้าหน้าที่ของรัฐ"
D6 = "แผนปฏิบัติการป้องกันการทุจริตประจำปี 2566"
D7 = "การประเมินความเสี่ยงการทุจริตประจำปี 2566"
D8 = "คู่มือการให้บริการประชาชน"
D9 = "รายงานผลการสำรวจความพึงพอใจการให้บริการ ประจำปี 2565"
D10 = "นโยบายการบริหารทรัพยากรบุคคล"
D11 = "รายงานผลการดำเนินงานประจำปี 2565"
D12 = "นโยบายคุ้มครองข้อมูลส่วนบุคคล"
D13 = "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต"
D14 = "ข้อมูลเชิงสถิติการให้บริการ รอบ 6 เดือน ปี 2566"
D15 = "สรุปโครงการซ่อมแซมถนนและไฟฟ้าส่องสว่าง"
D16 = "รายงานการประเมินจริยธรรมเจ้าหน้าที่ของรัฐ ประจำปี 2566"

QA = "ถาม-ตอบ (Q&A)"  # ita_pages.channels.qa demo: found through its published answers

# (query, expected titles[, titles that must NOT appear]). Titles D1-D16 are the demo PDFs (demo/search_documents.py);
# the last ones are pages from the news/E-Service demo, skipped when absent.
QUERIES: list[tuple] = [
    ("จัดซื้อจัดจ้าง", [D1, D2, D3]),
    ("จัดซื้อ", [D1, D2, D3]),
    ("จัดจ้าง", [D1, D2, D3]),
    ("ซื้อ", [D1, D2, D3], [D5, D16]),
    ("ผู้ชนะการเสนอราคา", [D1]),
    ("ราคากลาง", [D1]),
    ("วัสดุสำนักงาน", [D1]),
    ("วิธีเฉพาะเจาะจง", [D1]),
    ("ถนนคอนกรีต", [D2]),
    ("รถบรรทุกขยะ", [D2]),
    ("ผู้เสนอราคา", [D3]),
    ("e-GP", [D2]),
    ("ปัญหาอุปสรรค", [D3, D11]),
    ("ประจำปี 2565", [D3, D9, D11]),
    ("ของขวัญ", [D4]),
    ("ของกำนัล", [D4]),
    ("No Gift", [D4]),
    ("ซื่อสัตย์", [D5], [D1, D2, D3]),
    ("ซื่อสัตย์สุจริต", [D5]),
    ("ผลประโยชน์ทับซ้อน", [D5, D6]),
    ("จริยธรรม", [D5, D16]),
    ("ดี", [D5, D16]),
    ("ป้องกันการทุจริต", [D6]),
    ("คุณธรรมและความโปร่งใส", [D6]),
    ("งบประมาณ 2566", [D2, D6]),
    ("ความเสี่ยง", [D7]),
    ("สินบน", [D7]),
    ("ใบอนุญาตก่อสร้างอาคาร", [D7]),
    ("ขออนุญาตก่อสร้าง", [D8, D14]),
    ("ภาษีที่ดิน", [D8, D14]),
    ("เบี้ยยังชีพผู้สูงอายุ", [D8, D14]),
    ("ความพึงพอใจ", [D9]),
    ("สำรวจความพึงพอใจ", [D9]),
    ("สรรหา", [D10]),
    ("ทรัพยากรบุคคล", [D10]),
    ("ฝึกอบรม", [D10]),
    ("ผลการดำเนินงาน", [D11]),
    ("แผนพัฒนาท้องถิ่น", [D11]),
    ("ข้อมูลส่วนบุคคล", [D12]),
    ("คุ้มครองข้อมูล", [D12]),
    ("ร้องเรียน", [D13]),
    ("แจ้งเบาะแส", [D13]),
    ("สถิติการให้บริการ", [D14]),
    ("ซ่อมแซมถนน", [D15]),
    ("ไฟฟ้าส่องสว่าง", [D15]),
    ("ไป", [D15], [D13]),
    ("ประเมินจริยธรรม", [D16]),
    ("เลื่อนเงินเดือน", [D16]),
    ("กำหนดการจัดเก็บขยะ", [QA]),
    ("ใบอนุญาตประกอบกิจการ", [QA]),
    ("เบี้ยยังชีพผู้สูงอายุ โอนเข้าบัญชี", [QA]),
    ("บริการออนไลน์", ["E-Service บริการออนไลน์"]),
    ("ข่าวประชาสัมพันธ์", ["ข่าวประชาสัมพันธ์"]),
]
K = 10


def prepare_environment(database_url: str | None) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="bench-search-"))
    # Same settings as bench/run.py (`make bench`).
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    os.environ["DATABASE_URL"] = database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(workdir / "media")


def build_demo() -> None:
    from django.core.management import call_command

    quiet = io.StringIO()
    call_command("migrate", interactive=False, verbosity=0, stdout=quiet)
    call_command("load_demo_site", stdout=quiet)


def index_both() -> None:
    """Make sure both engines index exactly the same content."""
    from django.core.management import call_command

    quiet = io.StringIO()
    call_command("update_index", stdout=quiet, stderr=quiet)
    call_command("rebuild_thai_index", stdout=quiet)


def default_backend_titles(query: str, locale) -> list[str]:
    """Wagtail's configured default backend over live public pages and documents, merged by score."""
    from wagtail.documents import get_document_model
    from wagtail.models import Page

    pages = Page.objects.live().public().filter(locale=locale).search(query).annotate_score("_score")
    documents = get_document_model().objects.search(query).annotate_score("_score")
    results = [(float(obj._score or 0), obj.title) for obj in [*pages[:K], *documents[:K]]]
    results.sort(key=lambda item: -item[0])
    return [title for _score, title in results[:K]]


def thai_index_titles(query: str, locale) -> list[str]:
    from search.query import Filters, search

    return [entry.title for entry in search(query, Filters(locale_id=locale.pk), limit=K)]


ENGINES = {"wagtail-default": default_backend_titles, "thai-index": thai_index_titles}


def score(ranked: list[str], expected: list[str]) -> tuple[float, float, int | None]:
    hits = [title for title in expected if title in ranked[:K]]
    first = next((rank for rank, title in enumerate(ranked[:K], start=1) if title in expected), None)
    return len(hits) / len(expected), (1 / first if first else 0.0), first


def evaluate(verbose: bool = False) -> tuple[int, dict[str, tuple[float, float, int]], list[str]]:
    """Run every query on both engines: (queries evaluated, engine -> (recall@10, MRR, wrong hits), skipped)."""
    from wagtail.documents import get_document_model
    from wagtail.models import Locale, Page

    locale = Locale.objects.get(language_code="th")
    known = set(Page.objects.live().values_list("title", flat=True))
    known |= set(get_document_model().objects.values_list("title", flat=True))
    totals = {name: [0.0, 0.0, 0] for name in ENGINES}
    evaluated, skipped = 0, []
    if verbose:
        print(f"{'query':<28} {'expected':>8} " + " ".join(f"{name:>16}" for name in ENGINES))
    for query, expected, *rest in QUERIES:
        forbidden = rest[0] if rest else []
        present = [title for title in expected if title in known]
        if not present:
            skipped.append(query)
            continue
        evaluated += 1
        cells = []
        for name, engine in ENGINES.items():
            ranked = engine(query, locale)
            recall, reciprocal, first = score(ranked, present)
            totals[name][0] += recall
            totals[name][1] += reciprocal
            # Lookalike words ("ซื้อ" buy / "ซื่อ" honest) or words inside others ("ไป" in "ไปรษณีย์").
            totals[name][2] += sum(1 for title in ranked[:K] if title in forbidden)
            cells.append(f"{recall:>6.2f} r={first or '-':<3}")
        if verbose:
            print(f"{query:<28} {len(present):>8} " + " ".join(f"{cell:>16}" for cell in cells))
    n = max(evaluated, 1)
    summary = {name: (recall / n, reciprocal / n, wrong) for name, (recall, reciprocal, wrong) in totals.items()}
    return evaluated, summary, skipped


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", help="PostgreSQL URL of a scratch database (default: temporary SQLite)")
    parser.add_argument("--verbose", action="store_true", help="print each query's first relevant rank")
    args = parser.parse_args(argv)
    prepare_environment(args.database_url)

    import django

    django.setup()
    from django.db import connection

    build_demo()
    index_both()
    evaluated, summary, skipped = evaluate(args.verbose)
    print(f"Thai search relevance on the demo site ({connection.vendor}), {evaluated} queries, k={K}")
    print(f"{'engine':<18} {'recall@10':>10} {'MRR':>8} {'wrong hits':>11}")
    for name, (recall, mrr, wrong) in summary.items():
        print(f"{name:<18} {recall:>10.3f} {mrr:>8.3f} {wrong:>11}")
    if skipped:
        print(f"skipped (expected pages not in this demo): {', '.join(skipped)}")
    if evaluated < 40:
        print("fewer than 40 queries could be evaluated", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
