"""Demo learning path for learner@sauat.test (idempotent): the consumer-rights pre-test aced, so its
lessons show "you can skip this"; the free-legal-aid pre-test with one skill missed, so the learner
gets a remediation step and a daily review that name the missed questions.

Runs the real workflows (start, answer, submit an attempt), so the tutor updates through its signal.
"""

from courses.models import CoursePage, Enrollment
from quizzes import actions as quiz_actions
from quizzes.grading import correct_response
from quizzes.models import Assessment, Attempt, ItemVersion

ACED = "consumer-rights"
STRUGGLING = ("free-legal-aid", "legal-aid.eligibility")


def response_for(content, right):
    """A right or a wrong response to a graded question version."""
    kind, options = content["kind"], content["options"]
    if right:
        if kind == "short":
            return {"text": next(text for text in options[0]["text"].values() if text)}
        return correct_response(content)
    if kind in ("single", "truefalse"):
        return {"choice": next(o["key"] for o in options if not o["correct"])}
    if kind == "multiple":
        wrong = [o["key"] for o in options if not o["correct"]]
        return {"choices": wrong or [options[0]["key"]]}
    if kind == "matching":
        keys = [o["key"] for o in options]
        return {"pairs": dict(zip(keys, keys[1:] + keys[:1], strict=True))}
    if kind == "ordering":
        return {"order": [o["key"] for o in reversed(options)]}
    return {"text": "-"}


def take(user, assessment, right_for, language="kk"):
    """Start, answer and submit one attempt; ``right_for(skills)`` says whether to answer right."""
    attempt = quiz_actions.start_attempt(user, assessment, language)
    versions = ItemVersion.objects.in_bulk(attempt.version_ids())
    for entry in attempt.layout:
        content = versions[entry["v"]].content
        quiz_actions.save_answer(user, attempt.pk, entry["k"], response_for(content, right_for(content["skills"])))
    attempt, _duplicate = quiz_actions.submit(user, attempt.pk)
    return attempt


def _enrol(user, slug):
    course = CoursePage.objects.live().filter(slug=slug, locale__language_code="kk").first()
    if course is None:
        return None
    Enrollment.objects.get_or_create(user=user, course_key=course.translation_key)
    return course


def load_learning_path(user):
    """Returns the number of attempts created (0 on a second run)."""
    created = 0
    if _enrol(user, ACED):
        pre = Assessment.objects.filter(slug=f"{ACED}-pre").first()
        if pre and not Attempt.objects.for_user(user).filter(assessment=pre).exists():
            take(user, pre, lambda skills: True)
            created += 1
    slug, skill = STRUGGLING
    if _enrol(user, slug):
        pre = Assessment.objects.filter(slug=f"{slug}-pre").first()
        if pre and not Attempt.objects.for_user(user).filter(assessment=pre).exists():
            take(user, pre, lambda skills: skill not in skills)
            created += 1
    return created
