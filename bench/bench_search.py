"""`make bench` part: Thai search relevance, Wagtail's default backend vs the Thai index.

The runner (bench/run.py) has loaded the demo site; this indexes it with both
engines and reports recall@10, MRR and wrong (lookalike) hits over the queries of
bench/search_relevance.py. `make bench-search` runs the same with per-query detail.
"""

from bench.search_relevance import K, evaluate, index_both


def run(report) -> None:
    from django.db import connection

    index_both()
    evaluated, summary, skipped = evaluate()
    report.section(f"Thai search relevance ({connection.vendor}, {evaluated} Thai queries, k={K})")
    for name, (recall, mrr, wrong) in summary.items():
        report.row(f"{name} recall@{K}", f"{recall:.3f}")
        report.row(f"{name} MRR", f"{mrr:.3f}")
        report.row(f"{name} wrong hits (lookalikes)", wrong)
    if skipped:
        report.row("queries skipped (page not in demo)", len(skipped))
