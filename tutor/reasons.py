"""The "why this?" text of a recommendation, built from its stored rule and inputs in any language.

Inputs hold names as {language: text} dicts (skills and questions in kk/ru/en, page titles in the
language the step was computed for), so the same record reads the same in kk, ru and en.
"""

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from quizzes.presentation import text_in

MAX_QUOTE = 90


def _quote(texts, language):
    text = text_in(texts, language)
    return "«" + (text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1].rstrip() + "…") + "»"


def _missed(inputs, language):
    return "; ".join(_quote(stem, language) for stem in inputs.get("missed", []))


def _names(values, language):
    return ", ".join(f"“{text_in(value, language)}”" for value in values)


def _review(inputs, language):
    text = ngettext(
        "%(count)d question is due for review, about %(minutes)d min.",
        "%(count)d questions are due for review, about %(minutes)d min.",
        inputs["count"],
    ) % {"count": inputs["count"], "minutes": inputs["minutes"]}
    if inputs.get("missed"):
        text += " " + _("You missed: %(questions)s.") % {"questions": _missed(inputs, language)}
    else:
        text += " " + _("We estimate a %(recall)d%% chance that you still remember the weakest one.") % {
            "recall": inputs["recall"]
        }
    return text


def _remediation(inputs, language):
    text = _(
        "Practise “%(skill)s” again: estimated mastery %(percent)d%% after %(answers)d answers (%(correct)d correct)."
    ) % {
        "skill": text_in(inputs["skill_name"], language),
        "percent": inputs["percent"],
        "answers": inputs["answers"],
        "correct": inputs["correct"],
    }
    if inputs.get("missed"):
        text += " " + _("You missed: %(questions)s.") % {"questions": _missed(inputs, language)}
    if inputs.get("wheel_spinning"):
        text += " " + _("If it still does not click, ask in the forum or a university legal clinic and move on.")
    return text


def _next_lesson(inputs, language):
    course = text_in(inputs["course"], language)
    if inputs.get("prerequisites"):
        text = _("Next in “%(course)s”: you have mastered the skills of the lessons before it: %(skills)s.") % {
            "course": course,
            "skills": _names(inputs["prerequisites"], language),
        }
    elif inputs.get("completed_before"):
        text = _("Next in “%(course)s”: you have completed the lessons before it.") % {"course": course}
    else:
        text = _("The first lesson of “%(course)s”, the course you enrolled in.") % {"course": course}
    if inputs.get("skippable"):
        text += " " + _("You can skip %(lessons)s: the pre-test and your answers show you already know it.") % {
            "lessons": _names(inputs["skippable"], language)
        }
    return text


def _final_test(inputs, language):
    return _(
        "You can skip %(lessons)s in “%(course)s”: the pre-test and your answers show you already know them. "
        "Take the final test to confirm it; only the test counts for the certificate."
    ) % {"lessons": _names(inputs["skippable"], language), "course": text_in(inputs["course"], language)}


def _interest_course(inputs, language):
    topic = text_in(inputs["topic"], language)
    if inputs.get("chosen"):
        return _("A course on “%(topic)s”, a topic you said interests you.") % {"topic": topic}
    return _("A course on “%(topic)s”, the topic of a course you have taken.") % {"topic": topic}


def _first_course(inputs, language):
    return _("A short course to start with: %(minutes)d minutes, for beginners.") % {"minutes": inputs["minutes"]}


def _standard(inputs, language):
    return _("The next lesson of “%(course)s” in the course order (personalisation is off).") % {
        "course": text_in(inputs["course"], language)
    }


RULES = {
    "review_due": _review,
    "remediation": _remediation,
    "next_lesson": _next_lesson,
    "final_test": _final_test,
    "interest_course": _interest_course,
    "first_course": _first_course,
    "standard_order": _standard,
}


def render(rule, inputs, language):
    """The reason for one recommendation in ``language``."""
    with translation.override(language):
        return RULES[rule](inputs, language)
