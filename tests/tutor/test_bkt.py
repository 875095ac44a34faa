"""The BKT update against hand-computed values, the EM fit and the simulation."""

import numpy as np
import pytest

from tutor import bkt, simulation

PARAMS = {"prior": 0.3, "learn": 0.15, "guess": 0.15, "slip": 0.1}


def test_update_after_a_correct_answer_matches_bayes_rule_by_hand():
    # posterior = 0.3*0.9 / (0.3*0.9 + 0.7*0.15) = 0.27 / 0.375 = 0.72; then 0.72 + 0.28*0.15 = 0.762
    assert bkt.update(0.3, True, PARAMS) == pytest.approx(0.762)


def test_update_after_a_wrong_answer_matches_bayes_rule_by_hand():
    # posterior = 0.3*0.1 / (0.3*0.1 + 0.7*0.85) = 0.03 / 0.625 = 0.048; then 0.048 + 0.952*0.15 = 0.1908
    assert bkt.update(0.3, False, PARAMS) == pytest.approx(0.1908)


def test_two_right_answers_reach_mastery_and_two_wrong_do_not():
    p = bkt.update(bkt.update(0.3, True, PARAMS), True, PARAMS)
    assert p == pytest.approx(0.95794, abs=1e-5) and p >= 0.95
    assert bkt.update(bkt.update(0.3, False, PARAMS), False, PARAMS) < 0.2


def test_predicted_chance_of_a_correct_answer():
    assert bkt.p_correct(0.5, PARAMS) == pytest.approx(0.5 * 0.9 + 0.5 * 0.15)


def test_elo_moves_ability_up_and_difficulty_down_after_a_correct_answer():
    ability, difficulty = bkt.elo_update(0.0, 0.0, True, learner_answers=0, item_answers=0)
    assert ability == pytest.approx(0.4) and difficulty == pytest.approx(-0.4)
    _ability, frozen = bkt.elo_update(0.0, 0.5, True, learner_answers=0, item_answers=100)
    assert frozen == 0.5


@pytest.mark.parametrize(
    "truth",
    [
        {"prior": 0.3, "learn": 0.15, "guess": 0.2, "slip": 0.1},
        {"prior": 0.5, "learn": 0.08, "guess": 0.25, "slip": 0.05},
    ],
)
def test_em_recovers_known_parameters_within_five_hundredths(truth):
    sequences = bkt.simulate(truth, 1500, 10, np.random.default_rng(7))
    fitted = bkt.fit_em(sequences).params
    for name in bkt.PARAM_NAMES:
        assert fitted[name] == pytest.approx(truth[name], abs=0.05), name


def test_fit_refuses_no_data():
    with pytest.raises(ValueError):
        bkt.fit_em([[], []])


def test_adaptive_path_needs_fewer_items_than_the_fixed_order():
    report = simulation.compare_paths(seed=3, learners=400)
    # The fixed order is given the smallest per-skill count that masters as many skills as the adaptive path.
    assert report["adaptive"]["mastered"] >= 0.95
    assert report["fixed"]["mastered"] >= report["adaptive"]["mastered"]
    assert report["adaptive"]["items"] < report["fixed"]["items"]


def test_todays_review_reaches_past_midnight_late_in_the_evening(settings):
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from tutor.review import end_of_day

    local = ZoneInfo(settings.TIME_ZONE)
    noon = datetime(2026, 12, 4, 12, 0, tzinfo=local)
    assert end_of_day(noon) == datetime(2026, 12, 4, 23, 59, 59, tzinfo=local)
    late = datetime(2026, 12, 4, 23, 55, tzinfo=local)
    assert end_of_day(late) >= late + timedelta(minutes=10)  # a card missed now is due in ten minutes
