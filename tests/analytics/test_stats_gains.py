"""Gain statistics against the golden vectors of research-export.md §3.7, and their edge cases."""

import math

import numpy as np
import pytest

from analytics.stats import gains

PRE = np.array(
    [[1, 0, 0, 0, 0], [1, 1, 0, 0, 0], [0, 0, 1, 0, 0], [1, 1, 1, 0, 0], [1, 0, 0, 1, 0], [0, 0, 0, 0, 0],
     [1, 1, 0, 1, 1], [1, 0, 1, 0, 0]]
)  # fmt: skip
POST = np.array(
    [[1, 1, 0, 1, 0], [1, 1, 1, 0, 1], [1, 0, 1, 1, 0], [1, 1, 1, 1, 0], [1, 1, 0, 1, 0], [0, 1, 0, 0, 0],
     [1, 1, 1, 1, 1], [1, 0, 1, 1, 1]]
)  # fmt: skip


@pytest.fixture
def golden():
    return gains.group_gains(PRE.mean(axis=1) * 100, POST.mean(axis=1) * 100)


def close(value, expected, places=4):
    return value is not None and round(value, places) == round(expected, places)


def test_golden_means_and_normalised_gains(golden):
    assert golden["n"] == 8
    assert close(golden["mean_pre"], 37.50) and close(golden["mean_post"], 67.50)
    assert close(golden["hake_g"], 0.4800)
    assert close(golden["mean_c"], 0.5458)


def test_golden_effect_sizes(golden):
    assert close(golden["d_z"], 2.8062)
    assert close(golden["g_z"], 2.4944)
    assert close(golden["d_av"], 1.2325)
    assert close(golden["g_av"], 1.0955)
    assert close(golden["d_av_rms"], 1.2321)
    assert close(golden["d_rm"], 1.2254)
    assert close(golden["r"], 0.9047)
    lo, hi = golden["g_z_ci"]
    assert lo < golden["g_z"] < hi


def test_golden_tests(golden):
    assert close(golden["t"], 7.9373) and golden["df"] == 7
    assert golden["p_t"] == pytest.approx(9.585e-05, rel=1e-3)
    assert close(golden["p_wilcoxon"], 0.0078)


def test_golden_mcnemar_per_item():
    rows = gains.item_changes(PRE, POST)
    assert [row["b"] for row in rows] == [1, 3, 2, 4, 2]
    assert [row["c"] for row in rows] == [0, 0, 0, 0, 0]
    assert [round(row["p_mcnemar"], 4) for row in rows] == [1.0, 0.25, 0.5, 0.125, 0.5]


def test_wilson_interval_matches_the_reference():
    assert [round(100 * v, 1) for v in gains.wilson_ci(136, 200)] == [61.2, 74.1]
    assert [round(100 * v, 1) for v in gains.wilson_ci(46, 200)] == [17.7, 29.3]
    assert gains.wilson_ci(0, 0) == [None, None]


def test_formulas_are_named():
    for name in ("hake_g", "d_z", "d_av", "d_av_rms", "d_rm", "g_z", "t", "p_wilcoxon"):
        assert gains.FORMULAS[name]


def test_no_learners_gives_empty_numbers_not_errors():
    out = gains.group_gains([], [])
    assert out["n"] == 0 and out["mean_pre"] is None and out["d_z"] is None and out["p_t"] is None


def test_one_learner_has_means_but_no_spread():
    out = gains.group_gains([40.0], [80.0])
    assert out["n"] == 1 and out["mean_post"] == 80.0 and out["hake_g"] == pytest.approx(40 / 60)
    assert out["d_z"] is None and out["t"] is None and out["df"] is None


def test_all_equal_scores_give_no_effect_size():
    out = gains.group_gains([50.0] * 6, [50.0] * 6)
    assert out["d_z"] is None and out["d_av"] is None and out["r"] is None
    assert out["mean_gain"] == 0 and out["p_t"] == 1.0 and out["p_wilcoxon"] == 1.0


def test_constant_gain_has_no_d_z_but_a_d_av():
    out = gains.group_gains([10.0, 20.0, 30.0, 40.0, 50.0], [20.0, 30.0, 40.0, 50.0, 60.0])
    assert out["d_z"] is None and out["d_av"] is not None and out["sd_gain"] == 0


def test_pre_at_100_makes_g_undefined_and_drops_c():
    g = gains.normalized_gain([100.0, 50.0], [100.0, 75.0])
    assert math.isnan(g[0]) and g[1] == pytest.approx(0.5)
    c = gains.normalized_change([100.0, 0.0, 60.0, 50.0], [100.0, 0.0, 30.0, 50.0])
    assert math.isnan(c[0]) and math.isnan(c[1]) and c[2] == pytest.approx(-0.5) and c[3] == 0
    out = gains.group_gains([100.0, 100.0], [100.0, 100.0])
    assert out["hake_g"] is None and out["mean_g"] is None and out["n_g_dropped"] == 2 and out["n_c_dropped"] == 2


def test_hedges_j():
    assert gains.hedges_j(8) == pytest.approx(1 - 3 / 27)
    assert gains.hedges_j(1) is None
