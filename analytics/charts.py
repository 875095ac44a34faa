"""Pure functions: aggregated, already suppressed data -> plotly Figure. No raw learner rows ever reach a figure,
so each figure's JSON stays small (``MAX_FIGURE_BYTES``); suppressed groups are left out of the charts (their rows
say "<5" in the table under each chart).
"""

import json
import statistics

import plotly.graph_objects as go

from django.utils.translation import gettext as _

from . import suppression
from .funnel import STAGES, stage_labels

MAX_FIGURE_BYTES = 100 * 1024
MAX_BARS = 60  # longer series are cut: nobody reads more bars on a phone
MAX_POINTS = 1000  # item scatter: flagged items first; the table under the chart lists every item

COLOURS = {"pre": "#8a94a6", "post": "#1b6b4f", "main": "#1b6b4f", "flag": "#b3261e"}


def _layout(title, **extra):
    layout = {
        # Title below the chart's toolbar (which sits in the top right corner), so they never overlap on a phone.
        "title": {"text": title, "x": 0.02, "xanchor": "left", "y": 0.92, "yref": "container"},
        "template": "none",
        "margin": {"l": 48, "r": 16, "t": 72, "b": 48},
        "font": {"family": "system-ui, sans-serif", "size": 13},
        "autosize": True,
        "height": 360,
    }
    layout.update(extra)
    return layout


def _short(label, length=18):
    """Group labels on an axis (the table under the chart has them in full)."""
    label = str(label)
    return label if len(label) <= length else label[: length - 1] + "…"


def _shown(rows, *fields):
    return [row for row in rows if not row.get("suppressed") and all(row.get(f) is not None for f in fields)][:MAX_BARS]


def funnel_chart(rows, *, title=None):
    """Enrolled > started > completed > certified summed over ``rows`` (funnel rows, small cells left out)."""
    labels = stage_labels()
    shown = [row for row in rows if not row.get("suppressed")]
    values = [sum(row[stage] or 0 for row in shown) for stage in STAGES]
    figure = go.Figure(
        go.Funnel(y=[labels[s] for s in STAGES], x=values, marker={"color": COLOURS["main"]}, textinfo="value"),
        layout=_layout(title or _("Learner funnel")),
    )
    figure.update_layout(margin={"l": 130})
    return figure


def dropoff_chart(rows, *, title=None):
    """Per lesson: learners who opened it and who completed it (drop-off rows)."""
    shown = _shown(rows, "viewed")
    x = [_short(f"{row['position']}. {row['label']}", 24) for row in shown]
    figure = go.Figure(layout=_layout(title or _("Drop-off by lesson"), barmode="group"))
    figure.add_bar(name=_("Opened"), x=x, y=[row["viewed"] for row in shown], marker_color=COLOURS["pre"])
    figure.add_bar(name=_("Completed"), x=x, y=[row["completed"] for row in shown], marker_color=COLOURS["post"])
    figure.update_yaxes(title_text=_("Learners"), rangemode="tozero")
    return figure


def gains_chart(report, *, title=None):
    """Mean pre and post score per group, and the effect size (Hedges' g_av) with its 95% CI as error bars."""
    shown = _shown(report.get("groups", []), "mean_pre", "mean_post")
    x = [_short(row["label"]) for row in shown]
    figure = go.Figure(layout=_layout(title or _("Literacy gain"), barmode="group"))
    figure.add_bar(name=_("Mean pre-test, %"), x=x, y=[row["mean_pre"] for row in shown], marker_color=COLOURS["pre"])
    figure.add_bar(
        name=_("Mean post-test, %"), x=x, y=[row["mean_post"] for row in shown], marker_color=COLOURS["post"]
    )
    effect = [row for row in shown if row.get("g_av") is not None]
    if effect:
        ci = [row.get("g_av_ci") or [row["g_av"], row["g_av"]] for row in effect]
        figure.add_scatter(
            name=_("Effect size g (95% CI)"),
            x=[_short(row["label"]) for row in effect],
            y=[row["g_av"] for row in effect],
            yaxis="y2",
            mode="markers",
            marker={"color": "#000", "size": 9},
            error_y={
                "type": "data",
                "symmetric": False,
                "array": [max(hi - row["g_av"], 0) for row, (_lo, hi) in zip(effect, ci, strict=True)],
                "arrayminus": [max(row["g_av"] - lo, 0) for row, (lo, _hi) in zip(effect, ci, strict=True)],
            },
        )
        figure.update_layout(
            yaxis2={"title": {"text": _("Effect size g")}, "overlaying": "y", "side": "right", "zeroline": True},
            margin={"r": 56},
        )
    figure.update_yaxes(title_text=_("Score, %"), range=[0, 100], selector={"anchor": "x"})
    # Legend at the bottom of the figure, below the (possibly slanted) group labels.
    figure.update_layout(
        legend={"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom"},
        margin={"b": 110},
        height=400,
    )
    figure.update_xaxes(tickangle=-20)
    return figure


def summarise(values):
    """Mean and percentiles (10th, 25th, median, 75th, 90th) of percent scores; None when there are fewer
    than MIN_CELL. Only these aggregates reach a page, a file or the API, never one person's score."""
    values = sorted(float(v) for v in values if v is not None)
    if suppression.is_small(len(values)):
        return None
    deciles = statistics.quantiles(values, n=10, method="inclusive")
    quartiles = statistics.quantiles(values, n=4, method="inclusive")
    return {
        "n": len(values),
        "mean": round(statistics.fmean(values), 1),
        "p10": round(deciles[0], 1),
        "q1": round(quartiles[0], 1),
        "median": round(quartiles[1], 1),
        "q3": round(quartiles[2], 1),
        "p90": round(deciles[-1], 1),
    }


def distribution_chart(distributions, *, title=None):
    """Pre vs post scores as box plots drawn from server-side percentiles (whiskers: 10th and 90th)."""
    figure = go.Figure(layout=_layout(title or _("Pre-test and post-test scores")))
    for phase, name in (("pre", _("Pre-test")), ("post", _("Post-test"))):
        summary = summarise(distributions.get(phase) or [])
        if summary is None:
            continue
        figure.add_trace(
            go.Box(
                name=name,
                x=[name],
                q1=[summary["q1"]],
                median=[summary["median"]],
                q3=[summary["q3"]],
                lowerfence=[summary["p10"]],
                upperfence=[summary["p90"]],
                mean=[summary["mean"]],
                marker_color=COLOURS[phase],
                boxpoints=False,
            )
        )
    figure.update_yaxes(title_text=_("Score, %"), range=[0, 100])
    figure.update_layout(showlegend=False)
    return figure


def item_chart(items, *, title=None):
    """Facility vs discrimination per item; flagged items in red."""
    shown = [row for row in items if not row.get("suppressed") and row.get("facility") is not None]
    flagged = [row for row in shown if row.get("flags")][:MAX_POINTS]
    fine = [row for row in shown if not row.get("flags")][: MAX_POINTS - len(flagged)]
    figure = go.Figure(layout=_layout(title or _("Item quality")))
    for name, rows, colour in ((_("No flags"), fine, COLOURS["main"]), (_("Flagged"), flagged, COLOURS["flag"])):
        figure.add_scatter(
            name=name,
            x=[round(row["facility"], 3) for row in rows],
            y=[None if row.get("discrimination") is None else round(row["discrimination"], 3) for row in rows],
            text=[f"{_item_title(row)[:30]} ({row.get('language', '')})" for row in rows],
            mode="markers",
            marker={"color": colour, "size": 8},
            hovertemplate="%{text}<br>p=%{x}<br>r=%{y}<extra></extra>",
        )
    figure.update_xaxes(title_text=_("Facility (share correct)"), range=[0, 1])
    figure.update_yaxes(title_text=_("Discrimination r"), range=[-1, 1])
    return figure


def _item_title(row):
    return str(row.get("title") or row.get("item_key") or row.get("item_id", ""))


def to_data(figure) -> dict:
    """The figure as plain JSON data for ``json_script`` (numbers as lists, no numpy)."""
    return json.loads(figure.to_json())


def json_size(figure) -> int:
    return len(figure.to_json().encode("utf-8"))
