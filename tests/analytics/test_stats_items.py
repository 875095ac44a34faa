"""Item analysis, reliability, Mantel-Haenszel DIF and CBM calibration."""

import numpy as np
import pytest

from analytics.stats import cbm, dif, items
from tests.analytics.test_stats_gains import POST


def test_golden_post_reliability():
    out = items.test_statistics(POST)
    assert round(out["kr20"], 4) == 0.2848 and round(out["alpha"], 4) == 0.2848
    assert round(out["sem"], 4) == 1.0045
    assert out["n"] == 8 and out["k"] == 5 and len(out["alpha_if_deleted"]) == 5


def test_golden_corrected_item_total_r_and_flags():
    rows = items.item_statistics(POST)
    assert [round(row["discrimination"], 4) for row in rows] == [0.6547, -0.4146, 0.3892, 0.0727, 0.2981]
    assert [row["facility"] for row in rows] == [0.875, 0.75, 0.625, 0.75, 0.375]
    assert "negative_discrimination" in items.flags(rows[1])
    assert "low_discrimination" in items.flags(rows[3])
    assert items.flags(rows[0]) == []


def test_items_not_on_the_form_are_left_out_not_zero():
    matrix = np.array([[1, np.nan], [0, np.nan], [1, 1.0], [1, 0.0]])
    rows = items.item_statistics(matrix)
    assert rows[0]["n"] == 4 and rows[1]["n"] == 2 and rows[1]["facility"] == 0.5


def test_facility_flags_and_small_n():
    assert items.flags({"n": 10, "facility": 0.95, "discrimination": 0.5}) == ["too_easy"]
    assert items.flags({"n": 10, "facility": 0.1, "discrimination": 0.5}) == ["too_hard"]
    assert items.flags({"n": 3, "facility": 0.1, "discrimination": -0.5}) == []
    assert "translation_bias" in items.flags({"n": 10, "facility": 0.5, "discrimination": 0.5, "dif_class": "C"})


def test_reliability_edge_cases():
    assert items.cronbach_alpha(np.ones((5, 4))) is None  # no variance
    assert items.cronbach_alpha(np.ones((1, 4))) is None
    out = items.test_statistics(np.zeros((0, 0)))
    assert out["n"] == 0 and out["alpha"] is None and out["sem"] is None


def _biased_item(shift, rng, n=200):
    """Reference and focal learners of equal ability; the focal group's item is ``shift`` logits harder."""
    ability = rng.normal(size=2 * n)
    focal = np.arange(2 * n) >= n
    rest = (rng.random((2 * n, 9)) < 1 / (1 + np.exp(-ability[:, None]))).sum(axis=1)
    p = 1 / (1 + np.exp(-(ability - shift * focal)))
    correct = (rng.random(2 * n) < p).astype(int)
    return correct, focal, rest + correct


def test_mantel_haenszel_flags_a_constructed_biased_item():
    rng = np.random.default_rng(7)
    correct, focal, total = _biased_item(2.0, rng)
    out = dif.mantel_haenszel(correct, focal, total)
    assert out["alpha_mh"] > 3 and out["delta_mh"] <= -1.5 and out["flag"] == "C"
    assert out["n_ref"] == 200 and out["n_focal"] == 200


def test_mantel_haenszel_leaves_a_fair_item_alone():
    rng = np.random.default_rng(11)
    correct, focal, total = _biased_item(0.0, rng)
    out = dif.mantel_haenszel(correct, focal, total)
    assert out["flag"] == "A" and abs(out["delta_mh"]) < 1.5


def test_mantel_haenszel_hand_computed_table():
    # One stratum: reference 8 right 2 wrong, focal 4 right 6 wrong: alpha = (8*6/20)/(2*4/20) = 6.
    correct = [1] * 8 + [0] * 2 + [1] * 4 + [0] * 6
    focal = [False] * 10 + [True] * 10
    out = dif.mantel_haenszel(correct, focal, [1] * 20)
    assert out["alpha_mh"] == pytest.approx(6.0)
    assert out["delta_mh"] == pytest.approx(-2.35 * np.log(6.0), abs=1e-5)


def test_mantel_haenszel_without_both_groups_is_empty():
    out = dif.mantel_haenszel([1, 0, 1], [False, False, False], [1, 1, 1])
    assert out["alpha_mh"] is None and out["flag"] is None


def test_cbm_calibration_flags_overconfidence():
    confidence = [3] * 10 + [2] * 10 + [1] * 4
    correct = [1] * 6 + [0] * 4 + [1] * 8 + [0] * 2 + [0] * 4
    rows = {row["confidence"]: row for row in cbm.calibration(confidence, correct)}
    assert rows[3]["accuracy"] == 0.6 and rows[3]["overconfident"] and rows[3]["expected_min"] == 0.8
    assert rows[2]["accuracy"] == 0.8 and not rows[2]["overconfident"]
    assert rows[1]["accuracy"] == 0 and not rows[1]["overconfident"]


def test_benjamini_hochberg_adjusts_in_the_given_order():
    adjusted = dif.benjamini_hochberg([0.01, 0.04, 0.03, 0.005])
    assert adjusted == pytest.approx([0.02, 0.04, 0.04, 0.02])
    assert dif.benjamini_hochberg([]) == []


def test_many_items_tested_at_once_need_the_adjusted_p_for_class_c():
    rows = [{"delta_mh": -2.0, "p": 0.03}] + [{"delta_mh": 0.2, "p": 0.9} for _ in range(9)]
    assert dif.ets_class(-2.0, 0.03) == "C"  # alone it would be flagged
    classified = dif.classify_with_fdr(rows)
    assert classified[0]["p_adjusted"] == pytest.approx(0.3)
    assert classified[0]["flag"] == "A"
    strong = dif.classify_with_fdr([{"delta_mh": -8.0, "p": 1e-6}] + [{"delta_mh": 0.1, "p": 0.8} for _ in range(9)])
    assert strong[0]["flag"] == "C"
