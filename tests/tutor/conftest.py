"""Learning-path fixtures: demo courses, a learner who took pre-tests through the real workflows."""

import pytest

from courses.models import CoursePage, Enrollment, Topic
from demo.tutor import take
from quizzes.models import Assessment
from universities.models import LegalClinic, University


def enrol(user, slug, language="kk"):
    course = CoursePage.objects.live().get(slug=slug, locale__language_code=language)
    Enrollment.objects.get_or_create(user=user, course_key=course.translation_key)
    return course


def pre_test(user, slug, right_for):
    return take(user, Assessment.objects.get(slug=f"{slug}-pre"), right_for)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the on-commit hooks (the quiz signals the tutor listens to) as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def aced(learner, committed):
    """The learner enrolled in consumer rights and answered every pre-test question right."""
    enrol(learner, "consumer-rights")
    with committed():
        return pre_test(learner, "consumer-rights", lambda skills: True)


@pytest.fixture
def struggling(learner, committed):
    """The learner enrolled in free legal aid and missed every pre-test question on eligibility."""
    enrol(learner, "free-legal-aid")
    with committed():
        return pre_test(learner, "free-legal-aid", lambda skills: "legal-aid.eligibility" not in skills)


@pytest.fixture
def clinic(db):
    university = University.objects.create(slug="test-university", name_kk="Сынақ университеті", city="Алматы")
    clinic = LegalClinic.objects.create(
        university=university,
        slug="test-legal-clinic",
        name_kk="Сынақ заң клиникасы",
        name_ru="Тестовая юридическая клиника",
        name_en="Test legal clinic",
        city="Almaty",
        region="Almaty",
        languages=["kk", "ru"],
        phone="+7 727 000 00 00",
        website="https://clinic.example.kz",
    )
    clinic.specialisations.set(Topic.objects.filter(slug__in=["consumer", "legal-aid"]))
    return clinic
