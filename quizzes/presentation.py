"""What a learner is shown of a question: never the right answer before it was checked or submitted.

``present_question`` turns a version's content and an attempt's layout entry into the dict that the
templates and the API both use. Matching answers are sent as tokens ("m0", "m1", ...) that index the
attempt's shuffled list of matches, so the keys themselves do not give the pairs away.
"""

from cms.i18n import LANGUAGE_CODES

from .models.items import SURVEY_KINDS


def text_in(texts, language):
    """The text in ``language``, else Kazakh, else any language that has it."""
    if not texts:
        return ""
    for code in [language, "kk", *LANGUAGE_CODES]:
        if texts.get(code):
            return texts[code]
    return ""


def match_token(entry, key):
    return f"m{entry['matches'].index(key)}"


def tokens_to_keys(entry, pairs):
    """Turn a learner's {left key: "m<i>"} into {left key: right option key}; unknown tokens stay as sent."""
    matches = entry["matches"]
    result = {}
    for left, token in pairs.items():
        if isinstance(token, str) and token.startswith("m") and token[1:].isdigit() and int(token[1:]) < len(matches):
            result[left] = matches[int(token[1:])]
        else:
            result[left] = token
    return result


def response_for_client(entry, response):
    if response and "pairs" in response:
        return {"pairs": {left: match_token(entry, right) for left, right in response["pairs"].items()}}
    return response


def present_question(content, entry, language, *, answer=None, reveal=False, legal_acts=None):
    """The question as shown; with ``reveal`` also correctness, feedback, explanation and the law."""
    options_by_key = {option["key"]: option for option in content["options"]}
    kind = content["kind"]
    question = {
        "key": content["key"],
        "kind": kind,
        "stem": text_in(content["stem"], language),
        "scenario": (
            {
                "id": content["scenario"]["id"],
                "title": text_in(content["scenario"]["title"], language),
                "situation": text_in(content["scenario"]["situation"], language),
            }
            if content.get("scenario")
            else None
        ),
        "options": [],
        "matches": [],
        "survey": content.get("survey") if kind in SURVEY_KINDS else None,
        "answer": response_for_client(entry, answer.response) if answer else None,
        "confidence": answer.confidence if answer else None,
    }
    if kind != "short":
        question["options"] = [
            {"key": key, "text": text_in(options_by_key[key]["text"], language)}
            for key in entry["options"]
            if key in options_by_key
        ]
    if kind == "matching":
        question["matches"] = [
            {"key": match_token(entry, key), "text": text_in(options_by_key[key]["match"], language)}
            for key in entry["matches"]
            if key in options_by_key
        ]
    if reveal:
        question["review"] = review(content, entry, language, answer, legal_acts or {})
    return question


def review(content, entry, language, answer, legal_acts):
    """Correctness, the right answer, per-option feedback, the explanation and the article of law."""
    from .grading import correct_response

    kind = content["kind"]
    options_by_key = {option["key"]: option for option in content["options"]}
    chosen = set()
    if answer is not None:
        response = answer.response
        chosen = {response["choice"]} if "choice" in response else set(response.get("choices", []))
    feedback = [
        {
            "key": key,
            "text": text_in(options_by_key[key]["text"], language),
            "correct": options_by_key[key]["correct"],
            "chosen": key in chosen,
            "feedback": text_in(options_by_key[key]["feedback"], language),
        }
        for key in entry["options"]
        if key in options_by_key
    ]
    right = correct_response(content)
    if kind == "matching":
        right = {"pairs": {key: match_token(entry, key) for key in options_by_key}}
        right_text = [
            {
                "left": text_in(options_by_key[key]["text"], language),
                "right": text_in(options_by_key[key]["match"], language),
            }
            for key in entry["options"]
        ]
    elif kind == "ordering":
        right_text = [text_in(o["text"], language) for o in content["options"]]
    elif kind == "short":
        right_text = [text_in(o["text"], language) for o in content["options"]][:3]
    else:
        right_text = [text_in(o["text"], language) for o in content["options"] if o["correct"]]
    act = legal_acts.get(content.get("legal_act"))
    return {
        "answered": answer is not None,
        "is_correct": answer.is_correct if answer is not None else False,
        "score": answer.score if answer is not None else 0.0,
        "correct_response": right,
        "correct_text": right_text,
        "options": feedback,
        "explanation": text_in(content.get("explanation"), language),
        "legal_source": (
            {
                "act": act.title_in(language) if act else "",
                "article": text_in(content.get("article"), language),
                "url": act.official_url if act else "",
            }
            if act or text_in(content.get("article"), language)
            else None
        ),
    }


def present_survey(assessment, language):
    """A survey's questions as shown (fixed order, seed 0), for its page and the API."""
    from .models import ItemVersion
    from .selection import build_layout

    layout = build_layout(assessment, 0)
    versions = ItemVersion.objects.in_bulk([entry["v"] for entry in layout])
    return [present_question(versions[entry["v"]].content, entry, language) for entry in layout]


def skill_names(codes, language):
    from cms.i18n import pick
    from courses.models import Skill

    return {skill.code: pick(skill, "name", language) for skill in Skill.objects.filter(code__in=codes)}


def present_result(attempt, language):
    if attempt.is_open:
        return None
    names = skill_names(list(attempt.breakdown), language)
    return {
        "score": attempt.score,
        "max_score": attempt.max_score,
        "percent": attempt.percent,
        "passed": attempt.passed,
        "pass_mark": attempt.assessment.pass_mark or None,
        "cbm_score": attempt.cbm_score,
        "calibration": attempt.calibration or None,
        "skills": [
            {"code": code, "name": names.get(code, code), **row}
            for code, row in sorted(attempt.breakdown.items(), key=lambda pair: pair[1]["percent"])
        ],
    }


def present_attempt(attempt, language):
    """The whole attempt as shown to its learner: questions, saved answers, and whatever may be revealed."""
    from cms.models import LegalAct

    from .models import Answer, ItemVersion

    versions = ItemVersion.objects.in_bulk(attempt.version_ids())
    answers = {
        answer.version.content["key"]: answer
        for answer in Answer.objects.for_attempt(attempt).select_related("version")
    }
    act_ids = {versions[e["v"]].content.get("legal_act") for e in attempt.layout if e["v"] in versions}
    acts = LegalAct.objects.in_bulk([pk for pk in act_ids if pk])
    submitted = not attempt.is_open
    graded = attempt.assessment.is_graded
    questions = []
    for entry in attempt.layout:
        version = versions.get(entry["v"])
        if version is None:
            continue
        answer = answers.get(entry["k"])
        reveal = graded and (submitted or bool(answer and answer.checked))
        questions.append(
            present_question(version.content, entry, language, answer=answer, reveal=reveal, legal_acts=acts)
        )
    return {
        "id": attempt.pk,
        "assessment": {
            "id": attempt.assessment_id,
            "title": text_in({code: getattr(attempt.assessment, f"title_{code}") for code in LANGUAGE_CODES}, language),
            "kind": attempt.assessment.kind,
            "feedback": attempt.assessment.feedback,
            "certainty_marking": attempt.assessment.certainty_marking,
        },
        "number": attempt.number,
        "state": attempt.state,
        "started_at": attempt.started_at,
        "deadline": attempt.deadline,
        "seconds_left": attempt.seconds_left(),
        "submitted_at": attempt.submitted_at,
        "answered": len(answers),
        "total": len(questions),
        "questions": questions,
        "result": present_result(attempt, language),
    }
