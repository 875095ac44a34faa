"""Small filters for rendering saved answers back into the question forms."""

from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """``mapping[key]`` or None (for matching answers: the chosen match of a left item)."""
    if isinstance(mapping, dict):
        return mapping.get(key)
    return None


@register.filter
def position_of(sequence, value):
    """1-based position of ``value`` in ``sequence`` (for ordering answers), or None."""
    if isinstance(sequence, list) and value in sequence:
        return sequence.index(value) + 1
    return None


@register.simple_tag
def lesson_check(lesson):
    """The published lesson check of ``lesson`` (any language version of it), or None."""
    from quizzes.models import Assessment

    return Assessment.objects.for_lesson(lesson).first()


@register.simple_tag
def course_assessments(course, user):
    """{"pre": ..., "post": ..., "quizzes": [...]} for a course page; each entry has the assessment
    and, for a signed-in learner, their latest attempt."""
    from quizzes.models import Assessment, Attempt

    assessments = list(Assessment.objects.for_course(course).exclude(kind=Assessment.Kind.LESSON_CHECK))
    latest = {}
    if user is not None and user.is_authenticated and assessments:
        for attempt in Attempt.objects.for_user(user).filter(assessment__in=assessments).order_by("started_at"):
            latest[attempt.assessment_id] = attempt
    found = {"pre": None, "post": None, "quizzes": []}
    for assessment in assessments:
        entry = {"assessment": assessment, "attempt": latest.get(assessment.pk)}
        if assessment.kind == Assessment.Kind.PRE_TEST:
            found["pre"] = entry
        elif assessment.kind == Assessment.Kind.POST_TEST:
            found["post"] = entry
        else:
            found["quizzes"].append(entry)
    return found
