"""Demo universities, clinics, cohorts with students at different stages, and clinic intakes (idempotent).

``UniversityDemo(loader).load(topics)`` runs inside DemoLoader.load(): universities, clinics, sample
intakes and the (empty) cohorts. A cohort that exists (found by its join code) is left as it is.
``ensure_university_staff()`` runs with the demo accounts (DEBUG only, like every demo account): it
gives staff@, instructor@, supervisor@ and consultant@ their roles, moves some intakes through the
clinic workflow, and fills each empty demo cohort with generated students (accounts without a
password: they cannot log in; the roster shows them) at different stages. A second run creates nothing.
"""

from datetime import timedelta
from types import SimpleNamespace

from django.utils import timezone

from accounts.models import User
from courses import actions as course_actions
from courses.models import CoursePage, LessonProgress
from quizzes import actions as quiz_actions
from quizzes.models import Assessment, Attempt
from universities import actions
from universities.models import (
    ClinicMembership,
    Cohort,
    CohortMembership,
    Intake,
    LegalClinic,
    University,
    UniversityMembership,
)

from .content import universities as content

LANGUAGES = ["kk", "ru", "en"]


class UniversityDemo:
    def __init__(self, loader):
        self.loader = loader

    def _count(self, created):
        self.loader.created += int(created)

    def ensure_universities(self):
        universities = {}
        for data in content.UNIVERSITIES:
            obj, created = University.objects.get_or_create(
                slug=data["slug"],
                defaults={
                    **{f"name_{code}": data["name"][code] for code in LANGUAGES},
                    "city": data["city"],
                    "website": data["website"],
                },
            )
            self._count(created)
            universities[data["slug"]] = obj
        return universities

    def ensure_clinics(self, universities, topics):
        clinics = {}
        for data in content.CLINICS:
            obj, created = LegalClinic.objects.get_or_create(
                slug=data["slug"],
                defaults={
                    "university": universities[data["university"]],
                    **{f"name_{code}": data["name"][code] for code in LANGUAGES},
                    **{f"hours_{code}": data["hours"][code] for code in LANGUAGES},
                    "city": data["city"],
                    "region": data["region"],
                    "address": data["address"],
                    "languages": data["languages"],
                },
            )
            if created:
                obj.specialisations.set([topics[slug] for slug in data["topics"] if slug in topics])
            self._count(created)
            clinics[data["slug"]] = obj
        return clinics

    def ensure_intakes(self, clinic, topics):
        for number, data in enumerate(content.INTAKES, start=1):
            key = f"demo-intake-{clinic.slug}-{number}"
            fields = {k: v for k, v in data.items() if k not in ("topic", "language")}
            _intake, created = actions.submit_intake(
                clinic,
                user=None,
                submission_key=key,
                language=data["language"],
                topic=topics.get(data["topic"]),
                **fields,
            )
            self._count(created)

    # -- cohorts and students ---------------------------------------------------------------------

    def ensure_cohort(self, data, universities):
        if Cohort.objects.filter(join_code=data["join_code"]).exists():
            return
        now = timezone.now()
        cohort = Cohort.objects.create(
            university=universities[data["university"]],
            name=data["name"],
            term=data["term"],
            join_code=data["join_code"],
            starts_on=(now - timedelta(days=45)).date(),
            ends_on=(now + timedelta(days=60)).date(),
        )
        courses = list(CoursePage.objects.live().filter(locale__language_code="kk", slug__in=data["courses"]))
        cohort.courses.set(courses)
        self._count(True)

    def ensure_students(self, data):
        """Generated students for one demo cohort, if it has none yet."""
        cohort = Cohort.objects.filter(join_code=data["join_code"]).first()
        if cohort is None or cohort.members.exists():
            return
        now = timezone.now()
        courses = cohort.course_list()
        prefix = data["join_code"].lower()
        for index in range(data["students"]):
            first = content.FIRST_NAMES[(index * 7 + len(prefix)) % len(content.FIRST_NAMES)]
            surname = content.SURNAMES[(index * 5 + 3) % len(content.SURNAMES)]
            email = f"{prefix}-{index + 1:02d}@{data['email_domain']}"
            user = User.objects.filter(email=email).first()
            if user is None:
                user = User(email=email, display_name=f"{surname} {first}")
                user.set_unusable_password()
                user.save()
                self._count(True)
            CohortMembership.objects.create(
                cohort=cohort,
                user=user,
                student_id=f"{prefix.upper()}{index + 1:04d}",
                group=data["groups"][index % len(data["groups"])],
                source=CohortMembership.Source.IMPORT,
                joined_at=now - timedelta(days=40),
            )
            self._count(True)
            for course in courses:
                course_actions.enrol(user, course)
            if courses:
                self.play_student(user, courses[0], stage=index % 6, inactive=index >= 24)

    def play_student(self, user, course, *, stage, inactive):
        """Bring one student to a stage: 0 nothing, 1 pre-test, 2 half the lessons, 3 all lessons,
        4 post-test passed, 5 post-test failed. ``inactive`` moves their activity three weeks back."""
        if stage == 0:
            return
        lessons = list(course.lessons())
        pre = Assessment.objects.published().filter(kind=Assessment.Kind.PRE_TEST, course=course).first()
        post = Assessment.objects.published().filter(kind=Assessment.Kind.POST_TEST, course=course).first()
        seed = user.pk % 7
        if pre is not None:
            self.take(user, pre, 30 + seed * 4)
        done = lessons[: len(lessons) // 2] if stage == 2 else lessons if stage >= 3 else []
        for lesson in done:
            course_actions.complete_lesson(user, lesson, course=course)
        if post is not None and stage >= 4:
            self.take(user, post, 72 + seed * 3 if stage == 4 else 40 + seed)
        if inactive or stage == 1 and seed % 2:
            past = timezone.now() - timedelta(days=21)
            LessonProgress.objects.filter(user=user).update(
                last_viewed_at=past, first_viewed_at=past, completed_at=past
            )
            Attempt.objects.filter(user=user).update(started_at=past, submitted_at=past)

    def take(self, user, assessment, percent):
        try:
            attempt = quiz_actions.start_attempt(user, assessment, "kk")
        except Exception:
            return
        max_score = float(len(attempt.layout)) or 1.0
        result = SimpleNamespace(
            score=round(max_score * percent / 100, 2),
            max_score=max_score,
            percent=float(percent),
            passed=(percent >= assessment.pass_mark) if assessment.pass_mark else None,
            cbm_score=None,
            breakdown={},
            calibration={},
        )
        attempt.mark_submitted(result)

    def load(self, topics):
        universities = self.ensure_universities()
        clinics = self.ensure_clinics(universities, topics)
        self.ensure_intakes(clinics["kaznu-legal-clinic"], topics)
        for data in content.COHORTS:
            self.ensure_cohort(data, universities)


def ensure_demo_students():
    """Fill the empty demo cohorts with generated students; returns how many objects were created."""
    demo = UniversityDemo(SimpleNamespace(created=0))
    for data in content.COHORTS:
        demo.ensure_students(data)
    return demo.loader.created


def ensure_university_staff():
    """Roles for the demo staff accounts; some intakes assigned, answered and closed (idempotent)."""
    kaznu = University.objects.filter(slug="kaznu").first()
    clinic = LegalClinic.objects.filter(slug="kaznu-legal-clinic").first()
    if kaznu is None or clinic is None:
        return
    people = {
        u.email: u
        for u in User.objects.filter(
            email__in=["staff@sauat.test", "instructor@sauat.test", "supervisor@sauat.test", "consultant@sauat.test"]
        )
    }
    roles = [
        ("staff@sauat.test", UniversityMembership.Role.ADMINISTRATOR),
        ("instructor@sauat.test", UniversityMembership.Role.INSTRUCTOR),
    ]
    for email, role in roles:
        if email in people:
            UniversityMembership.objects.get_or_create(university=kaznu, user=people[email], defaults={"role": role})
    for data in content.COHORTS:
        if data["taught_by_demo_instructor"] and "instructor@sauat.test" in people:
            cohort = Cohort.objects.filter(join_code=data["join_code"]).first()
            if cohort is not None:
                cohort.instructors.add(people["instructor@sauat.test"])
    for email, role in (
        ("supervisor@sauat.test", ClinicMembership.Role.SUPERVISOR),
        ("consultant@sauat.test", ClinicMembership.Role.CONSULTANT),
    ):
        if email in people:
            ClinicMembership.objects.get_or_create(clinic=clinic, user=people[email], defaults={"role": role})
    consultant = people.get("consultant@sauat.test")
    if consultant is None or Intake.objects.filter(clinic=clinic, assigned_to__isnull=False).exists():
        return
    intakes = list(Intake.objects.filter(clinic=clinic, submission_key__startswith="demo-intake-").order_by("pk"))
    if len(intakes) < 4:
        return
    intakes[1].assign(consultant)
    intakes[2].assign(consultant)
    intakes[2].record_answer(
        "Explained Article 13 of the Law on Personal Data; helped draft a complaint to the regulator.", 1.5
    )
    intakes[3].assign(consultant)
    intakes[3].record_answer("Explained the right to exchange goods within 14 days; drafted a claim to the seller.", 2)
    intakes[3].close()
