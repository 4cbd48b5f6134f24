"""`make bench`: build the demo site in a scratch database and print figures.

Each `bench/bench_*.py` module defines `run(report)`; this runner prepares Django
(a temporary SQLite file unless DATABASE_URL is set), loads the demo site once and
hands every module a `Report` to print into. Figures are for comparison inside one
run (ratios against a baseline measured in the same run), not absolute targets.
"""

import importlib
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class Report:
    """Prints aligned rows so that runs can be compared by eye or by diff."""

    def section(self, title: str) -> None:
        print(f"\n== {title}")

    def row(self, label: str, value, unit: str = "") -> None:
        print(f"  {label:<48} {value:>12} {unit}")


def prepare_django() -> None:
    scratch = tempfile.mkdtemp(prefix="ita-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{scratch}/bench.sqlite3")
    os.environ.setdefault("MEDIA_ROOT", f"{scratch}/media")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    import django

    django.setup()
    from io import StringIO

    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo_site", stdout=StringIO())


def main(selected: list[str]) -> int:
    prepare_django()
    report = Report()
    modules = sorted(path.stem for path in (ROOT / "bench").glob("bench_*.py"))
    for name in modules:
        if selected and name not in selected:
            continue
        importlib.import_module(f"bench.{name}").run(report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
