"""The next-step policy: deterministic rules in priority order, each step with a stored reason.

1. reviews due (FSRS), 2. remediation of a struggling skill, 3. the next lesson of each enrolled
course whose earlier lessons are completed or mastered (lessons whose skills are all mastered are
"skippable"), 4. a course matching the learner's interests. With personalisation off: the next
lesson of each enrolled course in the authored order, nothing from the learner model.

Prerequisites: lessons have no prerequisite field, so a lesson's prerequisites are the skills of the
lessons before it in its course (docs/decisions/0006).
"""

from dataclasses import dataclass, field
from datetime import timedelta
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from courses import access
from courses.models import CoursePage, Enrollment, LessonPage, LessonProgress
from quizzes.presentation import text_in

from . import reasons, review
from .models import Observation, Recommendation, SkillState, TutorProfile

RULES_VERSION = "path-rules-1"
PAGE_FIELDS = ("id", "title", "path", "depth", "url_path", "translation_key", "locale_id", "live", "content_type_id")
DISMISS_DAYS = 7
MAX_STEPS = 6
WHEEL_SPINNING_ANSWERS = 10


@dataclass
class Step:
    kind: str
    rule: str
    target: str
    title: str
    url: str
    estimated_minutes: int
    inputs: dict
    model_version: str
    reason: str = ""
    id: int | None = None
    extra: dict = field(default_factory=dict)

    @property
    def kind_label(self):
        return Recommendation.Kind(self.kind).label


def _trilingual(obj, name):
    return {code: getattr(obj, f"{name}_{code}", "") or "" for code, _n in settings.LANGUAGES}


def _stem(item):
    return _trilingual(item, "stem")


class Learner:
    """What the policy reads about one learner, loaded in a fixed number of queries."""

    def __init__(self, user, language, now=None):
        self.user = user
        self.language = language
        self.now = now or timezone.now()
        self.profile = TutorProfile.objects.filter(user=user).first()
        self.personalised = self.profile is None or self.profile.personalised
        self._states = None

    @property
    def states(self):
        if self._states is None:
            self._states = {s.skill_id: s for s in SkillState.objects.for_user(self.user).select_related("skill")}
        return self._states

    def mastered(self, skill_id):
        state = self.states.get(skill_id)
        return state is not None and state.is_mastered

    def skippable(self, lesson):
        """All the lesson's skills are mastered (never with personalisation off)."""
        skills = lesson.skill_ids
        return self.personalised and bool(skills) and all(self.mastered(skill_id) for skill_id in skills)


def skippable_keys(user, lessons):
    """Translation keys of the ``lessons`` the signed-in ``user`` may skip."""
    if not getattr(user, "is_authenticated", False):
        return set()
    learner = Learner(user, None)
    if not learner.personalised or not learner.states:
        return set()
    by_lesson = {}
    for lesson in lessons:
        by_lesson[lesson.pk] = lesson
    skill_rows = LessonPage.skills.through.objects.filter(lessonpage_id__in=by_lesson).values_list(
        "lessonpage_id", "skill_id"
    )
    skills = {}
    for lesson_id, skill_id in skill_rows:
        skills.setdefault(lesson_id, []).append(skill_id)
    return {
        by_lesson[lesson_id].translation_key
        for lesson_id, ids in skills.items()
        if all(learner.mastered(skill_id) for skill_id in ids)
    }


def _model_version(states=()):
    versions = sorted({state.params_version for state in states})
    params = ",".join(f"v{v}" for v in versions) or "v0"
    return f"{RULES_VERSION}; bkt params {params}; {review.FSRS_VERSION}"


def review_step(learner):
    cards = review.due_cards(learner.user, learner.now)
    if not cards:
        return None
    inputs = {
        "count": len(cards),
        "minutes": review.session_minutes(len(cards)),
        "recall": round(100 * cards[0].recall),
        "questions": [c.key for c in cards],
        "missed": [c.stem for c in cards if c.lapses][:3],
    }
    return Step(
        kind=Recommendation.Kind.REVIEW,
        rule="review_due",
        target=learner.now.date().isoformat(),
        title=str(_("Daily review")),
        url=reverse("tutor:path_review"),
        estimated_minutes=inputs["minutes"],
        inputs=inputs,
        model_version=_model_version(),
    )


def remediation_steps(learner, lessons_by_skill):
    struggling = sorted(
        (s for s in learner.states.values() if s.is_struggling), key=lambda s: (s.p_mastered, s.skill.code)
    )[:2]
    steps = []
    for state in struggling:
        missed = (
            Observation.objects.filter(user=learner.user, skill_id=state.skill_id, correct=False)
            .select_related("item")
            .only("item_id", "item__stem_kk", "item__stem_ru", "item__stem_en")
            .order_by("-created_at")[:3]
        )
        lesson = lessons_by_skill.get(state.skill_id) or (
            LessonPage.objects.live()
            .filter(locale__language_code=learner.language, skills=state.skill_id)
            .order_by("path")
            .first()
        )
        inputs = {
            "skill": state.skill.code,
            "skill_name": _trilingual(state.skill, "name"),
            "percent": state.percent,
            "answers": state.attempts,
            "correct": state.correct,
            "missed": [_stem(o.item) for o in missed],
            "wheel_spinning": state.attempts >= WHEEL_SPINNING_ANSWERS,
        }
        steps.append(
            Step(
                kind=Recommendation.Kind.REMEDIATION,
                rule="remediation",
                target=state.skill.code,
                title=text_in(inputs["skill_name"], learner.language),
                url=lesson.url if lesson else reverse("tutor:path_review"),
                estimated_minutes=lesson.estimated_minutes if lesson else 5,
                inputs=inputs,
                model_version=_model_version([state]),
            )
        )
    return steps


def _enrolled_courses(learner):
    keys = Enrollment.objects.for_user(learner.user).current().values("course_key")
    return list(
        CoursePage.objects.live()
        .filter(translation_key__in=keys, locale__language_code=learner.language)
        .only(*PAGE_FIELDS, "topic_id")
        .order_by("path")
    )


def _lessons(courses):
    if not courses:
        return {}
    lessons = (
        LessonPage.objects.live()
        .filter(reduce(or_, [Q(path__startswith=c.path, depth=c.depth + 1) for c in courses]))
        .order_by("path")
        .only(*PAGE_FIELDS, "estimated_minutes")
    )
    grouped = {c.pk: [] for c in courses}
    by_path = {c.path: c.pk for c in courses}
    lessons = list(lessons)
    skill_ids = {}
    through = LessonPage.skills.through.objects.filter(lessonpage_id__in=[lesson.pk for lesson in lessons])
    for lesson_id, skill_id in through.values_list("lessonpage_id", "skill_id"):
        skill_ids.setdefault(lesson_id, []).append(skill_id)
    for lesson in lessons:
        lesson.skill_ids = skill_ids.get(lesson.pk, [])
        grouped[by_path[lesson.path[: -lesson.steplen]]].append(lesson)
    return grouped


def lesson_steps(learner, courses, lessons, completed):
    steps, final_tests = [], None
    for course in courses:
        course_title = {learner.language: course.title}
        before_skills, skipped, completed_before = [], [], False
        for lesson in lessons[course.pk]:
            if lesson.translation_key in completed:
                completed_before = True
                before_skills.extend(lesson.skill_ids)
                continue
            if learner.personalised and learner.skippable(lesson):
                skipped.append({learner.language: lesson.title})
                before_skills.extend(lesson.skill_ids)
                continue
            if learner.personalised:
                mastered = [learner.states[i] for i in dict.fromkeys(before_skills) if learner.mastered(i)]
                inputs = {
                    "course": course_title,
                    "lesson": str(lesson.translation_key),
                    "prerequisites": [_trilingual(state.skill, "name") for state in mastered],
                    "completed_before": completed_before,
                    "skippable": skipped,
                }
                rule, version = "next_lesson", _model_version(mastered)
            else:
                inputs = {"course": course_title, "lesson": str(lesson.translation_key)}
                rule, version = "standard_order", f"{RULES_VERSION}; standard order"
            steps.append(
                Step(
                    kind=Recommendation.Kind.LESSON,
                    rule=rule,
                    target=str(lesson.translation_key),
                    title=lesson.title,
                    url=lesson.url,
                    estimated_minutes=lesson.estimated_minutes,
                    inputs=inputs,
                    model_version=version,
                )
            )
            break
        else:
            if skipped:
                if final_tests is None:
                    final_tests = _final_tests(courses)
                step = _final_test_step(learner, final_tests.get(course.translation_key), course_title, skipped)
                if step:
                    steps.append(step)
    return steps


def _final_tests(courses):
    """{course translation key: its published post-test}, in one query."""
    from quizzes.models import Assessment

    tests = (
        Assessment.objects.published()
        .filter(kind=Assessment.Kind.POST_TEST, course__translation_key__in=[c.translation_key for c in courses])
        .select_related("course")
        .only("id", "slug", "time_limit_minutes", "title_kk", "title_ru", "title_en", "course__translation_key")
    )
    return {test.course.translation_key: test for test in tests}


def _final_test_step(learner, test, course_title, skipped):
    """Every lesson left is one the learner already knows: suggest the graded final test."""
    if test is None:
        return None
    inputs = {"course": course_title, "skippable": skipped, "test": test.slug}
    return Step(
        kind=Recommendation.Kind.LESSON,
        rule="final_test",
        target=test.slug,
        title=test.title,
        url=reverse("quizzes:assessment", args=[test.pk]),
        estimated_minutes=test.time_limit_minutes or 15,
        inputs=inputs,
        model_version=_model_version([s for s in learner.states.values() if s.is_mastered]),
    )


def course_step(learner, courses):
    """A course on a topic the learner chose as an interest, else on a topic of their courses (in
    one query: chosen topics sort first), else, for a learner with no course, the shortest one."""
    enrolled = {c.translation_key for c in courses}
    candidates = (
        access.visible_courses()
        .filter(locale__language_code=learner.language)
        .exclude(translation_key__in=enrolled)
        .select_related("topic")
    )
    interests = TutorProfile.interests.through.objects.filter(tutorprofile__user=learner.user)
    if learner.profile is not None or courses:
        course = (
            candidates.filter(
                Q(topic__in=interests.values("topic_id")) | Q(topic__in=[c.topic_id for c in courses if c.topic_id])
            )
            .annotate(chosen=Exists(interests.filter(topic_id=OuterRef("topic_id"))))
            .order_by("-chosen", "path")
            .first()
        )
        if course is not None:
            inputs = {"topic": _trilingual(course.topic, "name"), "chosen": course.chosen}
            rule = "interest_course"
    else:
        course = None
    if course is None:
        if courses:
            return None
        course = candidates.order_by("estimated_minutes", "path").first()
        if course is None:
            return None
        inputs = {"minutes": course.estimated_minutes}
        rule = "first_course"
    inputs["course"] = str(course.translation_key)
    return Step(
        kind=Recommendation.Kind.COURSE,
        rule=rule,
        target=str(course.translation_key),
        title=course.title,
        url=course.url,
        estimated_minutes=course.estimated_minutes,
        inputs=inputs,
        model_version=f"{RULES_VERSION}; topics",
    )


def compute(user, language, now=None):
    """The learner's next steps in priority order (not yet stored)."""
    learner = Learner(user, language, now)
    courses = _enrolled_courses(learner)
    lessons = _lessons(courses)
    keys = [lesson.translation_key for group in lessons.values() for lesson in group]
    completed = LessonProgress.objects.completed_keys(user, keys) if keys else set()
    steps = []
    if learner.personalised:
        step = review_step(learner)
        if step:
            steps.append(step)
        lessons_by_skill = {}
        for group in lessons.values():
            for lesson in group:
                for skill_id in lesson.skill_ids:
                    lessons_by_skill.setdefault(skill_id, lesson)
        steps.extend(remediation_steps(learner, lessons_by_skill))
    steps.extend(lesson_steps(learner, courses, lessons, completed))
    if learner.personalised or not courses:
        step = course_step(learner, courses)
        if step:
            steps.append(step)
    return steps[:MAX_STEPS]


STAMP_KEY = "sauat:tutor:stamp:{}"
STEPS_SECONDS = 300


def touch(user_id):
    """Something the policy reads about this learner changed: drop their cached next steps."""
    _bump(user_id)
    transaction.on_commit(lambda: _bump(user_id))  # no stale steps cached by a request racing the commit


def _bump(user_id):
    key = STAMP_KEY.format(user_id)
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 2, timeout=None)


def next_steps(user, language, now=None):
    """The learner's next steps, served from the cache while nothing they depend on has changed.

    The cache key holds the learner's stamp (bumped by tutor.signals on every answer, setting,
    enrolment, completion or dismissal) and the content generation (bumped on publishing), and an
    entry lives 5 minutes, so reviews falling due show up within that time. ``now`` (tests) skips it.
    """
    if now is not None:
        return _next_steps(user, language, now)
    from cms.page_cache import GENERATION_KEY

    stamp_key = STAMP_KEY.format(user.pk)
    versions = cache.get_many([stamp_key, GENERATION_KEY])
    key = f"sauat:tutor:steps:{user.pk}:{language}:{versions.get(stamp_key, 1)}:{versions.get(GENERATION_KEY, 1)}"
    steps = cache.get(key)
    if steps is None:
        steps = _next_steps(user, language, timezone.now())
        cache.set(key, steps, STEPS_SECONDS)
    return steps


def _next_steps(user, language, now):
    """Compute, drop what the learner dismissed, render reasons and store each recommendation.

    A recommendation identical to one already stored (same rule, target, inputs and language) is
    reused, so reloading the dashboard does not add rows.
    """
    with translation.override(language):
        steps = compute(user, language, now)
    if not steps:
        return []
    since = now - timedelta(days=DISMISS_DAYS)
    stored = list(
        Recommendation.objects.for_user(user)
        .filter(target__in=[s.target for s in steps])
        .filter(Q(status=Recommendation.Status.SHOWN) | Q(decided_at__gte=since))
        .only("kind", "target", "rule", "language", "inputs", "url", "status")
        .order_by("created_at", "pk")
    )
    dismissed = {(r.kind, r.target) for r in stored if r.status == Recommendation.Status.DISMISSED}
    steps = [s for s in steps if (s.kind, s.target) not in dismissed]
    existing = {(r.kind, r.target, r.rule, r.language): r for r in stored if r.status == Recommendation.Status.SHOWN}
    new = []
    for step in steps:
        step.reason = reasons.render(step.rule, step.inputs, language)
        stored = existing.get((step.kind, step.target, step.rule, language))
        if stored is not None and stored.inputs == step.inputs and stored.url == step.url:
            step.id = stored.pk
            continue
        record = Recommendation(
            user=user,
            created_at=now,
            kind=step.kind,
            target=step.target,
            rule=step.rule,
            inputs=step.inputs,
            model_version=step.model_version,
            language=language,
            title=step.title[:300],
            url=step.url[:300],
            reason=step.reason,
            estimated_minutes=step.estimated_minutes,
        )
        new.append((step, record))
    if new:
        Recommendation.objects.bulk_create([record for _step, record in new])
        for step, record in new:
            step.id = record.pk
    return steps


def content_variant(user, lesson):
    """ "plain" or "detailed" for the adapted passages of ``lesson``, in at most one query.

    Visitors, learners with personalisation off and lessons without adapted passages get the
    standard (detailed) text. A stated preference wins; otherwise "plain" while the learner
    struggles with one of the lesson's skills.
    """
    if not getattr(user, "is_authenticated", False):
        return "detailed"
    if not any(block["type"] == "adaptive" for block in lesson.body.raw_data):  # no block conversion
        return "detailed"
    lesson_skills = LessonPage.skills.through.objects.filter(lessonpage_id=lesson.pk).values("skill_id")
    struggling = SkillState.objects.filter(
        user=OuterRef("user"),
        skill__in=lesson_skills,
        attempts__gte=settings.SAUAT_TUTOR_MIN_ATTEMPTS,
        p_mastered__lt=settings.SAUAT_TUTOR_STRUGGLING_BELOW,
    )
    row = (
        TutorProfile.objects.filter(user=user)
        .annotate(struggling=Exists(struggling))
        .values_list("personalised", "detail", "struggling")
        .first()
    )
    if row is None or not row[0]:
        return "detailed"
    _personalised, detail, is_struggling = row
    if detail != TutorProfile.Detail.AUTO:
        return detail
    return "plain" if is_struggling else "detailed"
