"""Checking and grading answers: pure functions over an item version's JSON content.

Response shapes (what the API and the forms send):

- single, true/false, survey choice, Likert: ``{"choice": "<option key>"}``
- multiple response, survey multiple choice: ``{"choices": ["<key>", ...]}``
- matching: ``{"pairs": {"<left option key>": "<right option key>", ...}}``
- ordering: ``{"order": ["<key>", ...]}`` (first step first)
- short answer, free text: ``{"text": "..."}``; number: ``{"number": 12}``
- survey "don't know" / "prefer not to say": ``{"special": "dont_know" | "prefer_not"}``
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .exceptions import InvalidAnswerError
from .models.items import GRADED_KINDS

MAX_SHORT_TEXT = 200
MAX_FREE_TEXT = 5000
SPECIAL_CODES = {"dont_know": -93, "prefer_not": -94}

# Certainty-based marking (Gardner-Medwin, as in Moodle's CBM behaviour): marks for a right and a
# wrong answer at confidence 1 (low), 2 (medium) and 3 (high), and the accuracy each level implies.
CBM_MARKS = {1: (1, 0), 2: (2, -2), 3: (3, -6)}
CBM_EXPECTED_ACCURACY = {1: (0.0, 0.67), 2: (0.67, 0.8), 3: (0.8, 1.0)}


def _keys(content):
    return [option["key"] for option in content["options"]]


def normalise_text(text):
    """Case, spacing, punctuation and ё/е insensitive form of a short answer, for matching."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    text = "".join(ch if (ch.isalnum() or ch.isspace()) else " " for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def validate_response(content, response):
    """Return ``response`` cleaned for storage, or raise InvalidAnswerError with a clear message."""
    if not isinstance(response, dict):
        raise InvalidAnswerError(_("An answer must be a JSON object."))
    kind = content["kind"]
    survey = content.get("survey") or {}
    keys = _keys(content)

    if "special" in response:
        special = response["special"]
        allowed = {
            "dont_know": survey.get("allow_dont_know"),
            "prefer_not": survey.get("allow_prefer_not"),
        }
        if not allowed.get(special):
            raise InvalidAnswerError(_("This question does not offer that answer."))
        return {"special": special}

    if kind in ("single", "truefalse", "choice", "likert"):
        choice = response.get("choice")
        if not isinstance(choice, str) or choice not in keys:
            raise InvalidAnswerError(_("Choose one of the options of this question."))
        return {"choice": choice}

    if kind in ("multiple", "multichoice"):
        choices = response.get("choices")
        if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
            raise InvalidAnswerError(_("Send the chosen options as a list."))
        if any(c not in keys for c in choices):
            raise InvalidAnswerError(_("One of the chosen options does not belong to this question."))
        return {"choices": sorted(set(choices), key=keys.index)}

    if kind == "matching":
        pairs = response.get("pairs")
        if not isinstance(pairs, dict):
            raise InvalidAnswerError(_("Send the matches as pairs."))
        for left, right in pairs.items():
            if left not in keys or not isinstance(right, str) or right not in keys:
                raise InvalidAnswerError(_("One of the matches does not belong to this question."))
        return {"pairs": {left: pairs[left] for left in keys if left in pairs}}

    if kind == "ordering":
        order = response.get("order")
        if not isinstance(order, list) or sorted(map(str, order)) != sorted(keys):
            raise InvalidAnswerError(_("Put every step of this question in order, each once."))
        return {"order": order}

    if kind in ("short", "text"):
        text = response.get("text")
        if not isinstance(text, str):
            raise InvalidAnswerError(_("Type your answer as text."))
        limit = MAX_SHORT_TEXT if kind == "short" else MAX_FREE_TEXT
        if len(text) > limit:
            raise InvalidAnswerError(_("The answer is too long: at most %(limit)d characters.") % {"limit": limit})
        return {"text": text.replace("\x00", "")}

    if kind == "number":
        number = response.get("number")
        if isinstance(number, bool) or not isinstance(number, int | float):
            raise InvalidAnswerError(_("Type a number."))
        low, high = survey.get("min"), survey.get("max")
        if (low is not None and number < low) or (high is not None and number > high):
            raise InvalidAnswerError(_("Type a number from %(low)s to %(high)s.") % {"low": low, "high": high})
        return {"number": number}

    raise InvalidAnswerError(_("This question cannot be answered."))


def correct_response(content):
    """The right answer in the same shape as a response (shown only after checking or submission)."""
    kind = content["kind"]
    options = content["options"]
    if kind in ("single", "truefalse"):
        right = [o["key"] for o in options if o["correct"]]
        return {"choice": right[0] if right else None}
    if kind == "multiple":
        return {"choices": [o["key"] for o in options if o["correct"]]}
    if kind == "matching":
        return {"pairs": {o["key"]: o["key"] for o in options}}
    if kind == "ordering":
        return {"order": _keys(content)}
    if kind == "short":
        return {"accepted": [o["text"] for o in options]}
    return None


def grade(content, response):
    """(score in [0, 1], fully correct?) for a validated response to a graded item."""
    kind = content["kind"]
    options = content["options"]
    if kind in ("single", "truefalse"):
        right = {o["key"] for o in options if o["correct"]}
        ok = response.get("choice") in right
        return (1.0 if ok else 0.0), ok
    if kind == "multiple":
        right = {o["key"] for o in options if o["correct"]}
        wrong = {o["key"] for o in options} - right
        chosen = set(response.get("choices", []))
        # Moodle-style partial credit: each right choice earns 1/|right|, each wrong one costs 1/|wrong|.
        score = len(chosen & right) / max(len(right), 1) - len(chosen & wrong) / max(len(wrong), 1)
        return max(0.0, min(1.0, score)), chosen == right
    if kind == "matching":
        pairs = response.get("pairs", {})
        correct = sum(1 for o in options if pairs.get(o["key"]) == o["key"])
        return correct / max(len(options), 1), correct == len(options)
    if kind == "ordering":
        order = response.get("order", [])
        keys = _keys(content)
        correct = sum(1 for given, right in zip(order, keys, strict=False) if given == right)
        return correct / max(len(keys), 1), order == keys
    if kind == "short":
        given = normalise_text(response.get("text", ""))
        accepted = {normalise_text(text) for o in options for text in o["text"].values() if text}
        ok = bool(given) and given in accepted
        return (1.0 if ok else 0.0), ok
    return 0.0, False


@dataclass
class Result:
    score: float = 0.0
    max_score: float = 0.0
    percent: float = 0.0
    passed: bool | None = None
    cbm_score: float | None = None
    breakdown: dict = field(default_factory=dict)
    calibration: dict = field(default_factory=dict)


def cbm_mark(confidence, is_correct):
    right, wrong = CBM_MARKS[confidence]
    return right if is_correct else wrong


def calibration_report(pairs):
    """Share correct per confidence level against the accuracy that level implies.

    ``pairs`` is a list of (confidence 1-3, fully correct?). A level is "overconfident" when its
    accuracy falls below the level's range and "underconfident" when it rises above it.
    """
    report = {}
    for level, (low, high) in CBM_EXPECTED_ACCURACY.items():
        answers = [ok for conf, ok in pairs if conf == level]
        if not answers:
            continue
        accuracy = sum(answers) / len(answers)
        verdict = "overconfident" if accuracy < low else "underconfident" if accuracy > high else "calibrated"
        report[str(level)] = {
            "n": len(answers),
            "correct": sum(answers),
            "accuracy": round(accuracy, 4),
            "verdict": verdict,
        }
    high = report.get("3")
    report["overconfident_share"] = (
        round(sum(1 for conf, ok in pairs if conf == 3 and not ok) / len(pairs), 4) if pairs else 0.0
    )
    report["overconfident"] = bool(high and high["verdict"] == "overconfident")
    return report


def grade_attempt(versions, answers, *, pass_mark=0, certainty=False):
    """Grade a whole attempt.

    ``versions``: list of version contents in attempt order; ``answers``: {item key: (response,
    confidence)} for the answered ones. Returns (Result, {item key: (score, correct)}).
    Unanswered questions score 0 (and -0 under CBM: no confidence, no penalty).
    """
    result = Result()
    per_item = {}
    cbm_total = 0
    calibration_pairs = []
    for content in versions:
        if content["kind"] not in GRADED_KINDS:
            continue
        answered = answers.get(content["key"])
        score, ok = grade(content, answered[0]) if answered else (0.0, False)
        per_item[content["key"]] = (score, ok)
        result.score += score
        result.max_score += 1
        for skill in content.get("skills") or ["-"]:
            row = result.breakdown.setdefault(skill, {"score": 0.0, "max": 0, "n": 0})
            row["score"] += score
            row["max"] += 1
            row["n"] += 1
        if certainty and answered and answered[1]:
            cbm_total += cbm_mark(answered[1], ok)
            calibration_pairs.append((answered[1], ok))
    for row in result.breakdown.values():
        row["score"] = round(row["score"], 4)
        row["percent"] = round(100 * row["score"] / row["max"], 1) if row["max"] else 0.0
    result.score = round(result.score, 4)
    result.percent = round(100 * result.score / result.max_score, 1) if result.max_score else 0.0
    result.passed = result.percent >= pass_mark if pass_mark else None
    if certainty:
        result.cbm_score = round(cbm_total / result.max_score, 4) if result.max_score else 0.0
        result.calibration = calibration_report(calibration_pairs)
    return result, per_item
