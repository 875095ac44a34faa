"""Demo data for the analytics dashboards: graded pre- and post-tests of generated learners.

``load_demo_analytics(loader)`` runs inside DemoLoader.load() after the universities and quizzes.
It creates three demo cohorts with their own generated learners (accounts without a password: they
cannot log in) and has each take the course's pre-test and, some weeks later, its
post-test the way ``quizzes.actions`` does it: ``quizzes.selection`` draws the parallel form and the
layout (seeded by the demo's generator, so every load gives the same data),
``quizzes.grading.grade_attempt`` grades the answers and ``Attempt.mark_submitted`` closes the
attempt (no signals: the tutor and certificates need nothing from demo learners).

Answers come from a simple logistic model with a fixed seed: ability per learner, difficulty per
item, a gain between the two tests, and one MISTRANSLATED item: the Russian text of the right option
of ``cr-07`` says the seller sets the claim periods (see the comment in
demo/content/quiz_consumer_rights.py), so Russian-speaking learners fail it much more often than
Kazakh-speaking learners with the same total score and the Mantel-Haenszel check flags it (class C).
Idempotent: if the demo learners exist, nothing is created.
"""

import math
import random
from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from accounts.consent import current_version
from accounts.models import ConsentRecord, User
from courses.models import CoursePage
from quizzes.grading import grade_attempt
from quizzes.models import Answer, Assessment, Attempt, ItemVersion
from quizzes.selection import build_layout, form_for
from universities.models import Cohort, CohortMembership, University

EMAIL_DOMAIN = "learners.analytics.sauat.test"
SEED = 2026
MISTRANSLATED_ITEM = "cr-07"
MISTRANSLATED_LANGUAGE = "ru"
MISTRANSLATION_PENALTY = 3.0  # logits taken off for learners who read the misleading version
LANGUAGES = ["kk", "ru", "en"]

# Cohort, and how many of its learners take each of its courses (each learner takes one course).
COHORTS = [
    {
        "university": "kaznu",
        "name": "Құқықтану, 2-курс: білім өсімін талдау (демо)",
        "join_code": "ANKAZ226",
        "learners": {"consumer-rights": 300, "free-legal-aid": 30},
    },
    {
        "university": "enu",
        "name": "Заң факультеті, 2-курс: білім өсімін талдау (демо)",
        "join_code": "ANENU226",
        "learners": {"consumer-rights": 300, "personal-data-and-ai": 24},
    },
    {
        "university": "kaznu",
        "name": "Журналистика, 3-курс: деректер және ЖИ (демо)",
        "join_code": "ANJUR327",
        "learners": {"personal-data-and-ai": 18},
    },
]

FIRST_NAMES = ["Әлия", "Ерлан", "Гүлнар", "Дәурен", "Сабина", "Артём", "Ләззат", "Максим", "Назерке", "Руслан"]
SURNAMES = ["Сапарова", "Омаров", "Ким", "Әлиев", "Петренко", "Жақсылықова", "Ибраев", "Смагулова", "Ли"]


def _logistic(x):
    return 1.0 / (1.0 + math.exp(-x))


def _response(content, correct, language, rng):
    """A response in the quiz API's shape that is fully right (``correct``) or wrong."""
    kind = content["kind"]
    options = content["options"]
    keys = [option["key"] for option in options]
    right = [option["key"] for option in options if option["correct"]]
    if kind in ("single", "truefalse"):
        wrong = [key for key in keys if key not in right]
        return {"choice": right[0] if correct or not wrong else rng.choice(wrong)}
    if kind == "multiple":
        wrong = [key for key in keys if key not in right]
        return {"choices": right if correct or not wrong else wrong[:1]}
    if kind == "matching":
        return {"pairs": {key: key if correct else keys[(i + 1) % len(keys)] for i, key in enumerate(keys)}}
    if kind == "ordering":
        return {"order": keys if correct else list(reversed(keys))}
    if kind == "short":
        text = options[0]["text"].get(language) or next(value for value in options[0]["text"].values() if value)
        return {"text": text if correct else "білмеймін"}
    return {}


class AnalyticsDemo:
    def __init__(self):
        self.rng = random.Random(SEED)  # noqa: S311 - reproducible demo data, not security
        self.created = 0

    def learners(self):
        """Create the cohorts, learners, consents and memberships. Returns [(user, cohort, course, language)]."""
        universities = {u.slug: u for u in University.objects.filter(slug__in={c["university"] for c in COHORTS})}
        courses = {
            page.slug: page
            for page in CoursePage.objects.live().filter(
                locale__language_code="kk", slug__in={slug for c in COHORTS for slug in c["learners"]}
            )
        }
        now = timezone.now()
        people = []
        index = 0
        password = make_password(None)
        for data in COHORTS:
            university = universities.get(data["university"])
            if university is None:
                continue
            cohort = Cohort.objects.create(
                university=university,
                name=data["name"],
                term="2026–2027, күзгі семестр",
                join_code=data["join_code"],
                starts_on=(now - timedelta(days=60)).date(),
                ends_on=(now + timedelta(days=45)).date(),
            )
            cohort.courses.set([courses[slug] for slug in data["learners"] if slug in courses])
            self.created += 1
            for slug, count in data["learners"].items():
                if slug not in courses:
                    continue
                for _n in range(count):
                    index += 1
                    language = LANGUAGES[index % 3]
                    user = User(
                        email=f"learner-{index:03d}@{EMAIL_DOMAIN}",
                        display_name=f"{self.rng.choice(SURNAMES)} {self.rng.choice(FIRST_NAMES)}",
                        preferred_language=language,
                        password=password,
                        settlement_type=self.rng.choices(["urban", "rural", ""], [6, 3, 1])[0],
                        age_band=self.rng.choices(["18-24", "25-34", "35-44", ""], [7, 2, 1, 1])[0],
                        gender=self.rng.choices(["female", "male", ""], [5, 4, 1])[0],
                    )
                    people.append((user, cohort, courses[slug], language))
        User.objects.bulk_create([user for user, *_rest in people])
        users = {u.email: u for u in User.objects.filter(email__endswith="@" + EMAIL_DOMAIN)}
        people = [(users[user.email], cohort, course, language) for user, cohort, course, language in people]
        version = current_version(ConsentRecord.Purpose.DEMOGRAPHICS)
        ConsentRecord.objects.bulk_create(
            [
                ConsentRecord(user=user, purpose=ConsentRecord.Purpose.DEMOGRAPHICS, text_version=version, granted=True)
                for user, *_rest in people
            ]
        )
        CohortMembership.objects.bulk_create(
            [
                CohortMembership(
                    cohort=cohort,
                    user=user,
                    student_id=f"{cohort.join_code[:5]}{i:04d}",
                    source=CohortMembership.Source.CODE,
                    joined_at=now - timedelta(days=55),
                )
                for i, (user, cohort, _course, _language) in enumerate(people, start=1)
            ]
        )
        # No Enrollment rows: the analytics read attempts and cohorts only, and other tests count on a
        # demo without enrolments (tests/accounts: deleting an account leaves no enrolment behind).
        self.created += 3 * len(people)
        return people

    def take(self, people, kind, ability, days_ago):
        """Start, answer and submit the ``kind`` test of each learner's course."""
        tests = {a.course_id: a for a in Assessment.objects.published().filter(kind=kind, course__isnull=False)}
        for assessment in tests.values():
            # The parallel forms do not change while the demo runs: deal them once per test, not per learner.
            forms = assessment.blueprint.parallel_forms()
            assessment.blueprint.parallel_forms = lambda forms=forms: forms
        pre_forms = dict(
            Attempt.objects.filter(
                user__email__endswith="@" + EMAIL_DOMAIN, assessment__kind=Assessment.Kind.PRE_TEST
            ).values_list("user_id", "form")
        )
        started = timezone.now()
        attempts = []
        for user, _cohort, course, language in people:
            assessment = tests.get(course.pk)
            if assessment is None:
                continue
            # As quizzes.actions.start_attempt, with a seed from the demo's generator so the forms
            # and question order (and so the whole demo) are the same on every load.
            seed = self.rng.randrange(1, 2**31)
            form = form_for(assessment, seed, pre_forms.get(user.pk))
            attempt = Attempt(
                assessment=assessment,
                user=user,
                language=language,
                seed=seed,
                form=form,
                layout=build_layout(assessment, seed, form),
                started_at=started,
            )
            attempts.append((user, language, attempt))
        Attempt.objects.bulk_create([attempt for _u, _l, attempt in attempts])
        versions = ItemVersion.objects.in_bulk({entry["v"] for _u, _l, a in attempts for entry in a.layout})
        post = kind == Assessment.Kind.POST_TEST
        answers = []
        for user, language, attempt in attempts:
            given = {}
            for entry in attempt.layout:
                content = versions[entry["v"]].content
                logit = ability[user.pk] - (content.get("difficulty", 3) - 3) * 0.7
                if content["key"] == MISTRANSLATED_ITEM and language == MISTRANSLATED_LANGUAGE:
                    logit -= MISTRANSLATION_PENALTY
                correct = self.rng.random() < _logistic(logit)
                confidence = None
                if post and attempt.assessment.certainty_marking:
                    weights = [15, 35, 50] if correct else [30, 40, 30]
                    confidence = self.rng.choices([1, 2, 3], weights)[0]
                given[content["key"]] = (_response(content, correct, language, self.rng), confidence)
            # The quizzes' own grader, as quizzes.actions.submit uses it (without its per-attempt
            # locking and signals, which the demo does not need: ~20 ms per attempt saved).
            result, per_item = grade_attempt(
                [versions[entry["v"]].content for entry in attempt.layout],
                given,
                pass_mark=attempt.assessment.pass_mark,
                certainty=attempt.assessment.certainty_marking,
            )
            for entry in attempt.layout:
                response, confidence = given[entry["k"]]
                score, ok = per_item[entry["k"]]
                answers.append(
                    Answer(
                        attempt=attempt,
                        item_id=entry["i"],
                        version_id=entry["v"],
                        response=response,
                        confidence=confidence,
                        score=score,
                        is_correct=ok,
                    )
                )
            attempt.mark_submitted(result)
        Answer.objects.bulk_create(answers)
        when = timezone.now() - timedelta(days=days_ago)
        Attempt.objects.filter(pk__in=[a.pk for _u, _l, a in attempts]).update(started_at=when, submitted_at=when)
        self.created += len(attempts) + len(answers)

    def load(self):
        if User.objects.filter(email__endswith="@" + EMAIL_DOMAIN).exists():
            return 0
        people = self.learners()
        # Ability: a learner's level before the course; rural learners start a little lower.
        ability = {
            user.pk: self.rng.gauss(0.0, 1.0) - (0.3 if user.settlement_type == "rural" else 0.0)
            for user, *_rest in people
        }
        self.take(people, Assessment.Kind.PRE_TEST, {pk: a - 0.5 for pk, a in ability.items()}, days_ago=40)
        gain = {pk: a + 1.1 + self.rng.gauss(0.0, 0.4) for pk, a in ability.items()}
        self.take(people, Assessment.Kind.POST_TEST, gain, days_ago=5)
        return self.created


def load_demo_analytics(loader):
    loader.created += AnalyticsDemo().load()
