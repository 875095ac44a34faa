"""Grading as pure functions: every kind, partial credit, normalised short answers, CBM calibration."""

import pytest

from quizzes.exceptions import InvalidAnswerError
from quizzes.grading import calibration_report, grade, grade_attempt, normalise_text, validate_response


def content(kind, options, **extra):
    return {"key": extra.pop("key", "q"), "kind": kind, "options": options, "skills": ["s"], **extra}


def opt(key, correct=False, text=None):
    return {"key": key, "correct": correct, "text": text or {"kk": key}, "match": {}, "feedback": {}}


SINGLE = content("single", [opt("a", True), opt("b"), opt("c")])
MULTI = content("multiple", [opt("a", True), opt("b", True), opt("c"), opt("d")])
ORDER = content("ordering", [opt("a", True), opt("b", True), opt("c", True), opt("d", True)])
MATCH = content("matching", [opt("a", True), opt("b", True)])
SHORT = content(
    "short", [opt("x", True, {"kk": "Жазбаша претензия", "ru": "претензия"}), opt("y", True, {"en": "claim"})]
)


@pytest.mark.parametrize(
    ("item", "response", "expected"),
    [
        (SINGLE, {"choice": "a"}, (1.0, True)),
        (SINGLE, {"choice": "b"}, (0.0, False)),
        (MULTI, {"choices": ["a", "b"]}, (1.0, True)),
        (MULTI, {"choices": ["a"]}, (0.5, False)),
        (MULTI, {"choices": ["a", "c"]}, (0.0, False)),
        (MULTI, {"choices": ["a", "b", "c", "d"]}, (0.0, False)),
        (ORDER, {"order": ["a", "b", "c", "d"]}, (1.0, True)),
        (ORDER, {"order": ["a", "b", "d", "c"]}, (0.5, False)),
        (MATCH, {"pairs": {"a": "a", "b": "b"}}, (1.0, True)),
        (MATCH, {"pairs": {"a": "b", "b": "a"}}, (0.0, False)),
        (MATCH, {"pairs": {"a": "a"}}, (0.5, False)),
        (SHORT, {"text": "  жазбаша   ПРЕТЕНЗИЯ. "}, (1.0, True)),
        (SHORT, {"text": "Претензия!"}, (1.0, True)),
        (SHORT, {"text": "CLAIM"}, (1.0, True)),
        (SHORT, {"text": "суд"}, (0.0, False)),
        (SHORT, {"text": ""}, (0.0, False)),
    ],
)
def test_grade(item, response, expected):
    assert grade(item, validate_response(item, response)) == expected


def test_normalise_text_handles_yo_and_punctuation():
    assert normalise_text("Ёлка, — ЕЛКА!") == "елка елка"


@pytest.mark.parametrize(
    ("item", "response"),
    [
        (SINGLE, {"choice": "zz"}),
        (SINGLE, {"choice": ["a"]}),
        (SINGLE, []),
        (MULTI, {"choices": ["a", 3]}),
        (ORDER, {"order": ["a", "b", "c"]}),
        (ORDER, {"order": ["a", "a", "b", "c"]}),
        (MATCH, {"pairs": {"a": "zz"}}),
        (SHORT, {"text": "x" * 201}),
        (content("number", [], survey={"min": 0, "max": 50}), {"number": 51}),
        (content("number", [], survey={"min": 0, "max": 50}), {"number": True}),
        (content("likert", [opt("1"), opt("2")], survey={}), {"special": "dont_know"}),
    ],
)
def test_invalid_responses_are_refused(item, response):
    with pytest.raises(InvalidAnswerError):
        validate_response(item, response)


def test_special_answers_only_when_offered():
    item = content("likert", [opt("1"), opt("2")], survey={"allow_dont_know": True, "allow_prefer_not": False})
    assert validate_response(item, {"special": "dont_know"}) == {"special": "dont_know"}
    with pytest.raises(InvalidAnswerError):
        validate_response(item, {"special": "prefer_not"})


def test_answer_order_does_not_change_the_score():
    assert validate_response(MULTI, {"choices": ["b", "a"]}) == validate_response(MULTI, {"choices": ["a", "b"]})


def test_grade_attempt_breakdown_pass_mark_and_unanswered():
    items = [
        {**SINGLE, "key": "q1", "skills": ["s1"]},
        {**MULTI, "key": "q2", "skills": ["s1", "s2"]},
        {**ORDER, "key": "q3", "skills": ["s2"]},
    ]
    result, per_item = grade_attempt(
        items, {"q1": ({"choice": "a"}, None), "q2": ({"choices": ["a"]}, None)}, pass_mark=50
    )
    assert per_item == {"q1": (1.0, True), "q2": (0.5, False), "q3": (0.0, False)}
    assert (result.score, result.max_score, result.percent, result.passed) == (1.5, 3, 50.0, True)
    assert result.breakdown["s1"] == {"score": 1.5, "max": 2, "n": 2, "percent": 75.0}
    assert result.breakdown["s2"] == {"score": 0.5, "max": 2, "n": 2, "percent": 25.0}
    assert result.cbm_score is None


def test_certainty_based_marking_and_calibration():
    items = [{**SINGLE, "key": f"q{i}"} for i in range(4)]
    answers = {
        "q0": ({"choice": "a"}, 3),  # sure and right: +3
        "q1": ({"choice": "b"}, 3),  # sure and wrong: -6
        "q2": ({"choice": "a"}, 1),  # unsure and right: +1
        "q3": ({"choice": "b"}, 2),  # fairly sure and wrong: -2
    }
    result, _ = grade_attempt(items, answers, certainty=True)
    assert result.cbm_score == pytest.approx((3 - 6 + 1 - 2) / 4)
    assert result.calibration["3"] == {"n": 2, "correct": 1, "accuracy": 0.5, "verdict": "overconfident"}
    assert result.calibration["overconfident"] is True
    assert result.calibration["overconfident_share"] == 0.25


def test_calibration_of_a_well_calibrated_learner():
    report = calibration_report([(3, True)] * 9 + [(3, False)] + [(1, False), (1, True)])
    assert report["3"]["verdict"] == "calibrated"
    assert report["1"]["verdict"] == "calibrated"
    assert report["overconfident"] is False
