"""Demo certificates: the default template, a completion rule per demo course, and (with the demo accounts)
a demo learner who has passed "Personal data and AI" and so holds a certificate. Idempotent.

The learner's journey goes through the real workflows (lessons, post-test, the completion task), so
the certificate is issued the way it would be for anyone.
"""

from accounts.models import User
from certificates.actions import check_and_issue
from certificates.models import Certificate, CertificateTemplate, CompletionRule, Signatory
from courses.actions import complete_lesson
from courses.models import CoursePage
from quizzes import actions as quiz_actions
from quizzes.grading import correct_response
from quizzes.models import Assessment, Attempt, ItemVersion

from .quizzes import _columns

TEMPLATE_NAME = "Sauat (demo)"
DEMO_LEARNER = "learner@sauat.test"
DEMO_COURSE = "personal-data-and-ai"
POST_TEST_PASS_PERCENT = 60

SIGNATORIES = [
    {
        "name": "Гүлнар Сейітқали",
        "position": {
            "kk": "Sauat оқу бағдарламаларының жетекшісі",
            "ru": "Руководитель учебных программ Sauat",
            "en": "Head of learning programmes, Sauat",
        },
    },
    {
        "name": "Нұрлан Әбдіхалықов",
        "position": {
            "kk": "Құқықтық сараптама жөніндегі кеңесші",
            "ru": "Консультант по правовой экспертизе",
            "en": "Legal review adviser",
        },
    },
]


def ensure_template():
    """The default certificate template with two signatories; returns (template, created)."""
    template = CertificateTemplate.objects.filter(name=TEMPLATE_NAME).first()
    if template is not None:
        return template, False
    template = CertificateTemplate.builtin()
    template.name = TEMPLATE_NAME
    template.is_default = True
    template.signatories = [
        Signatory(sort_order=i, name=data["name"], **_columns("position", data["position"]))
        for i, data in enumerate(SIGNATORIES)
    ]
    template.save()
    return template, True


def ensure_rules(template):
    """One rule per demo course (kk source page): every lesson and the post-test at 60 %."""
    created = 0
    for course in CoursePage.objects.filter(locale__language_code="kk"):
        _rule, was_created = CompletionRule.objects.get_or_create(
            course_key=course.translation_key,
            defaults={
                "course": course,
                "template": template,
                "require_all_lessons": True,
                "min_post_test_percent": POST_TEST_PASS_PERCENT,
            },
        )
        created += was_created
    return created


def load(loader):
    template, created = ensure_template()
    loader.created += created + ensure_rules(template)


def _right_answer(entry):
    content = ItemVersion.objects.get(pk=entry["v"]).content
    response = correct_response(content)
    if content["kind"] == "short":
        return {"text": next(text for text in content["options"][0]["text"].values() if text)}
    return response


def ensure_demo_certificate():
    """The demo learner completes every lesson of the demo course and passes its post-test; the completion
    check then issues the certificate. Returns the certificate (or None without the demo learner)."""
    user = User.objects.filter(email=DEMO_LEARNER).first()
    course = CoursePage.objects.live().filter(slug=DEMO_COURSE, locale__language_code="kk").first()
    if user is None or course is None:
        return None
    existing = Certificate.objects.for_user(user).filter(course_key=course.translation_key).first()
    if existing is not None:
        return existing
    pass_course(user, course)
    # The task queued by the submission issues it when a worker runs; issuing here too (idempotent) lets the
    # demo show the certificate at once.
    return check_and_issue(user, course.translation_key)


def pass_course(user, course):
    """Complete every lesson of ``course`` and pass its post-test with right answers (demo and tests)."""
    for lesson in course.lessons():
        complete_lesson(user, lesson, course=course)
    post_test = Assessment.objects.for_course(course).filter(kind=Assessment.Kind.POST_TEST).first()
    if post_test and not Attempt.objects.for_user(user).submitted().filter(assessment=post_test, passed=True).exists():
        attempt = quiz_actions.start_attempt(user, post_test, "kk")
        for entry in attempt.layout:
            quiz_actions.save_answer(user, attempt.pk, entry["k"], _right_answer(entry), confidence=3)
        quiz_actions.submit(user, attempt.pk)
