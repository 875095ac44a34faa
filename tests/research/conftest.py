"""Research fixtures: two researchers, a reviewer, a learner, an identified survey with a few submitted
responses, and approved running projects A (first researcher) and B (second researcher)."""

from datetime import timedelta
from types import SimpleNamespace

import pytest

from django.contrib.auth.models import Group, Permission
from django.utils import timezone, translation

from accounts import roles
from quizzes import actions as quiz_actions
from quizzes.models import Assessment, AssessmentItem, Item, Option
from research import actions
from research.models import ResearchProject
from tests.conftest import make_user

DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
CONSENT = {
    "text_kk": "Зерттеуге келісім мәтіні.",
    "text_ru": "Текст согласия на исследование.",
    "text_en": "Consent text.",
}


def make_researcher(email, **fields):
    user = make_user(email, **fields)
    user.groups.add(Group.objects.get(name=roles.RESEARCHERS))
    return user


def survey_item(key, kind, options, variable):
    item = Item(
        key=key,
        kind=kind,
        status=Item.Status.PUBLISHED,
        variable=variable,
        stem_kk=f"Сұрақ {key}",
        stem_ru=f"Вопрос {key}",
        stem_en=f"Question {key}",
    )
    item.options = [
        Option(sort_order=n, text_kk=f"{text} (kk)", text_ru=f"{text} (ru)", text_en=text)
        for n, text in enumerate(options)
    ]
    item.save()
    return item


def make_survey(slug="research-ai-survey", keys=("rs-trust", "rs-apps")):
    items = [
        survey_item(keys[0], "likert", [f"Point {n}" for n in range(1, 6)], "q_trust"),
        survey_item(keys[1], "choice", ["Never", "Sometimes", "Often"], "q_apps"),
    ]
    survey = Assessment(
        slug=slug,
        kind=Assessment.Kind.SURVEY,
        is_published=True,
        anonymous=False,
        title_kk="ЖИ және құқық",
        title_ru="ИИ и право",
        title_en="AI and rights",
        consent_kk="Келісемін",
        consent_ru="Согласен",
        consent_en="I agree",
    )
    survey.fixed_items = [AssessmentItem(item=item, sort_order=n) for n, item in enumerate(items)]
    survey.save()
    return survey


def option_keys(item):
    return [option["key"] for option in item.current_version.content["options"]]


def answer_survey(survey, user, n=0):
    trust, apps = (ai.item for ai in survey.fixed_items.order_by("sort_order"))
    responses = {
        trust.key: {"choice": option_keys(trust)[n % 5]},
        apps.key: {"choice": option_keys(apps)[n % 3]},
    }
    attempt, _duplicate = quiz_actions.submit_survey(survey, user, responses, consent=True, language="kk")
    return attempt


def make_project(pi, instruments, *, title="Legal literacy and AI", status="approved", by=None, **fields):
    """A project moved to ``status`` through the real actions (so the audit log is as in life)."""
    defaults = {
        "investigator_name": "Dr. Aigerim Sadykova",
        "institution": "KazNU",
        "purpose": "How legal literacy relates to trust in AI apps.",
        "ethics_reference": "KazNU LEC No. 114, 2026-11-20",
        "ends_on": timezone.localdate() + timedelta(days=90),
    }
    project = ResearchProject.objects.create(title=title, principal_investigator=pi, **{**defaults, **fields})
    project.instruments.set(instruments)
    actions.save_consent_text(project, **CONSENT)
    if status in ("submitted", "approved", "rejected"):
        actions.submit_project(project, by=pi)
    if status == "approved":
        actions.approve_project(project, by=by)
    elif status == "rejected":
        actions.reject_project(project, by=by, note="Name the ethics committee.")
    project.refresh_from_db()
    return project


@pytest.fixture(autouse=True)
def _english_messages():
    """Messages raised by workflows follow the active language; the tests read the English ones.

    Pages are requested with a language prefix (/kk/, /ru/, /en/), which sets their own language.
    """
    with translation.override("en"):
        yield


@pytest.fixture
def researcher(db):
    return make_researcher("researcher.a@uni.test", display_name="Researcher A")


@pytest.fixture
def other_researcher(db):
    return make_researcher("researcher.b@uni.test", display_name="Researcher B")


@pytest.fixture
def reviewer(db):
    """Platform staff: admin access and the permission to approve research projects (not a superuser)."""
    user = make_user("reviewer@sauat.test", display_name="Reviewer")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"),
        Permission.objects.get(codename="approve_researchproject", content_type__app_label="research"),
    )
    return user


@pytest.fixture
def editor(db):
    """Admin access without the research permission."""
    user = make_user("editor@sauat.test", display_name="Editor")
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    return user


@pytest.fixture
def survey(db):
    return make_survey()


@pytest.fixture
def participants(survey):
    people = [make_user(f"participant{n}@example.kz", display_name=f"Participant {n}") for n in range(3)]
    for n, person in enumerate(people):
        answer_survey(survey, person, n)
    return people


@pytest.fixture
def project(researcher, survey, participants, reviewer):
    """Project A: approved, running, with a consent text; the researcher is its principal investigator."""
    return make_project(researcher, [survey], by=reviewer)


@pytest.fixture
def other_project(other_researcher, survey, reviewer):
    """Project B: approved and running too, but only the other researcher works on it."""
    return make_project(other_researcher, [survey], title="Project B", by=reviewer)


@pytest.fixture
def draft_project(researcher, survey):
    return make_project(researcher, [survey], title="A draft", status="draft")


@pytest.fixture
def researcher_client(client, researcher):
    client.force_login(researcher)
    return client


@pytest.fixture
def dummy_tasks(settings):
    """Queue export jobs without running them (the package builder is not needed for page tests)."""
    settings.TASKS = DUMMY_TASKS


@pytest.fixture
def world(researcher, other_researcher, reviewer, learner, survey, project, other_project):
    return SimpleNamespace(
        researcher=researcher,
        other_researcher=other_researcher,
        reviewer=reviewer,
        learner=learner,
        survey=survey,
        project=project,
        other_project=other_project,
    )
