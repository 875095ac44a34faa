"""analytics/charts.py: pure functions, aggregated input, each figure's JSON <= 100 KiB (demo and large input)."""

import random

import pytest

from analytics import charts
from analytics.dashboards import EditorDashboard, ImpactDashboard, StaffDashboard
from tests.analytics.dashboard_world import build_world

LIMIT = charts.MAX_FIGURE_BYTES


def gain_row(i, n=50):
    return {
        "group": i,
        "label": f"Group {i} " + "x" * 60,
        "n": n,
        "mean_pre": 40.0 + i % 20,
        "mean_post": 70.0 + i % 20,
        "g_av": 0.8,
        "g_av_ci": [0.5, 1.1],
        "suppressed": False,
    }


def test_score_summaries_are_percentiles_and_none_for_small_groups():
    summary = charts.summarise([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 0])
    assert summary == {"n": 11, "mean": 50.0, "p10": 10.0, "q1": 25.0, "median": 50.0, "q3": 75.0, "p90": 90.0}
    assert charts.summarise([10, 20, 30, 40]) is None
    assert charts.summarise([]) is None


def test_large_inputs_stay_small():
    rng = random.Random(7)
    scores = {
        "pre": [rng.uniform(0, 100) for _i in range(100_000)],
        "post": [rng.uniform(0, 100) for _i in range(100_000)],
    }
    items = [
        {
            "item_id": i,
            "title": f"Question {i} " + "y" * 80,
            "language": "kk",
            "facility": rng.random(),
            "discrimination": rng.uniform(-1, 1),
            "flags": ["too_easy"] if i % 7 == 0 else [],
            "suppressed": False,
        }
        for i in range(20_000)
    ]
    funnel_rows = [
        {
            "label": f"Course {i}",
            "enrolled": 1000,
            "started": 800,
            "completed": 500,
            "certified": 400,
            "suppressed": False,
        }
        for i in range(2000)
    ]
    dropoff_rows = [
        {"label": f"Lesson {i}", "position": i, "viewed": 1000 - i, "completed": 900 - i, "suppressed": False}
        for i in range(1, 500)
    ]
    figures = {
        "distribution": charts.distribution_chart(scores),
        "items": charts.item_chart(items),
        "gains": charts.gains_chart({"groups": [gain_row(i) for i in range(5000)]}),
        "funnel": charts.funnel_chart(funnel_rows),
        "dropoff": charts.dropoff_chart(dropoff_rows),
    }
    for name, figure in figures.items():
        assert charts.json_size(figure) <= LIMIT, name
    box = figures["distribution"].data[0]
    assert box.q1 and len(box.x) == 1 and box.y is None  # percentiles drawn, no score sent


def test_suppressed_groups_are_left_out_of_charts():
    small = {**gain_row(1), "label": "Tiny", "suppressed": True, "n": None, "mean_pre": None, "mean_post": None}
    figure = charts.gains_chart({"groups": [gain_row(0), small]})
    labels = [x for trace in figure.data for x in (trace.x or [])]
    assert "Tiny" not in labels
    funnel = charts.funnel_chart(
        [
            {"enrolled": 10, "started": 8, "completed": None, "certified": None, "suppressed": False},
            {"enrolled": None, "started": None, "completed": None, "certified": None, "suppressed": True},
        ]
    )
    assert list(funnel.data[0].x) == [10, 8, 0, 0]


def test_figure_data_is_plain_json():
    data = charts.to_data(charts.distribution_chart({"pre": [10, 20, 30, 40, 50], "post": [50, 60]}))
    assert set(data) == {"data", "layout"}
    assert [trace["median"] for trace in data["data"]] == [[30.0]]  # the post-test group of 2 is left out


@pytest.mark.django_db
def test_demo_dashboard_figures_are_small():
    world = build_world()
    dashboards = [
        EditorDashboard(world.editor, {}),
        StaffDashboard(world.admin_a, {}),
        ImpactDashboard(),
    ]
    total = 0
    for dashboard in dashboards:
        for name, data in dashboard.figures():
            size = len(charts.json.dumps(data).encode())
            assert size <= LIMIT, (dashboard.name, name)
            total += size
    assert total <= 500 * 1024
