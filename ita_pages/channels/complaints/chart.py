"""A server-rendered SVG bar chart for the O29 page.

Why: the ITA page must show a chart without third-party scripts or CDNs; an inline
SVG built here works without JavaScript and prints well. Only integers and labels
from our own code go in, and labels are escaped anyway.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

WIDTH, HEIGHT = 640, 260
PLOT_TOP, PLOT_BOTTOM, PLOT_LEFT, PLOT_RIGHT = 20, 210, 40, 630
COMPLETED_COLOUR, IN_PROGRESS_COLOUR = "#1b5e20", "#f9a825"


def bar_chart_svg(report) -> str:
    rows = report.rows
    peak = max([row.total for row in rows] + [1])
    plot_height = PLOT_BOTTOM - PLOT_TOP
    slot = (PLOT_RIGHT - PLOT_LEFT) / max(len(rows), 1)
    bar = slot * 0.6
    title = _("Corruption complaints in fiscal year %(year)s") % {"year": report.fiscal_year}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="o29-chart-title" class="o29-chart">',
        f'<title id="o29-chart-title">{escape(title)}</title>',
        f'<line x1="{PLOT_LEFT}" y1="{PLOT_BOTTOM}" x2="{PLOT_RIGHT}" y2="{PLOT_BOTTOM}" stroke="#555"/>',
        f'<text x="{PLOT_LEFT - 6}" y="{PLOT_TOP + 4}" text-anchor="end" font-size="11">{peak}</text>',
        f'<text x="{PLOT_LEFT - 6}" y="{PLOT_BOTTOM}" text-anchor="end" font-size="11">0</text>',
    ]
    for position, row in enumerate(rows):
        x = PLOT_LEFT + position * slot + (slot - bar) / 2
        done_height = plot_height * row.completed / peak
        open_height = plot_height * row.in_progress / peak
        label = escape(row.short_label)
        tooltip = escape(
            _("%(label)s: %(total)s total, %(completed)s completed, %(in_progress)s in progress")
            % {"label": row.label, "total": row.total, "completed": row.completed, "in_progress": row.in_progress}
        )
        parts.append(f"<g><title>{tooltip}</title>")
        if row.completed:
            parts.append(
                f'<rect x="{x:.1f}" y="{PLOT_BOTTOM - done_height:.1f}" width="{bar:.1f}" '
                f'height="{done_height:.1f}" fill="{COMPLETED_COLOUR}"/>'
            )
        if row.in_progress:
            parts.append(
                f'<rect x="{x:.1f}" y="{PLOT_BOTTOM - done_height - open_height:.1f}" width="{bar:.1f}" '
                f'height="{open_height:.1f}" fill="{IN_PROGRESS_COLOUR}"/>'
            )
        if row.total:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{PLOT_BOTTOM - done_height - open_height - 4:.1f}" '
                f'text-anchor="middle" font-size="11">{row.total}</text>'
            )
        label_x = x + bar / 2
        parts.append(
            f'<text x="{label_x:.1f}" y="{PLOT_BOTTOM + 16}" text-anchor="middle" font-size="11">{label}</text></g>'
        )
    legend_y = HEIGHT - 14
    parts += [
        f'<rect x="{PLOT_LEFT}" y="{legend_y - 9}" width="10" height="10" fill="{COMPLETED_COLOUR}"/>',
        f'<text x="{PLOT_LEFT + 14}" y="{legend_y}" font-size="11">{escape(_("Completed"))}</text>',
        f'<rect x="{PLOT_LEFT + 140}" y="{legend_y - 9}" width="10" height="10" fill="{IN_PROGRESS_COLOUR}"/>',
        f'<text x="{PLOT_LEFT + 154}" y="{legend_y}" font-size="11">{escape(_("In progress"))}</text>',
        "</svg>",
    ]
    return mark_safe("".join(parts))  # noqa: S308 (every dynamic value above is escaped or numeric)
