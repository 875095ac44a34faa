"""The research demo (demo/research.py): the identified panel, its answers, two projects and their consents.

The test session's demo (tests/conftest.py) is DemoLoader().load() without demo accounts, as
``load_demo --no-users``: the panel and its answers are there, the research projects are not. The
``demo_accounts`` fixture creates the accounts the way ``load_demo`` does (ensure_demo_users), which
adds the projects. The numbers are those of the demo's fixed seeds.
"""

from collections import Counter
from statistics import mean

import pytest

from accounts.models import User
from demo.analytics import EMAIL_DOMAIN
from demo.loader import DemoLoader
from demo.research import ensure_research_projects
from demo.users import ensure_demo_users
from quizzes.grading import validate_response
from quizzes.models import Answer, Assessment, Attempt, Item
from research import access
from research.models import ExportAuditEntry, ResearchConsent, ResearchProject

pytestmark = pytest.mark.django_db

LEARNERS = 672  # demo/analytics.py
RESPONDENTS = 564  # ~85%
ANSWERS = 5938
CONSENTED = 605  # ~90% said yes ...
WITHDRAWN = 20  # ... ~4% of them later said no
PROJECT = "Legal literacy and attitudes to AI among students (demo)"
SECOND_PROJECT = "Personal data and AI: what law students learn (demo)"


@pytest.fixture
def demo_accounts(db):
    ensure_demo_users()
    return {user.email: user for user in User.objects.filter(email__endswith="@sauat.test")}


@pytest.fixture
def panel(db):
    return Assessment.objects.get(slug="ai-and-rights-panel")


def panel_answers(panel, key):
    return Answer.objects.filter(attempt__assessment=panel, item__key=f"survey-{key}").select_related("attempt__user")


def option_index(answer):
    keys = [option["key"] for option in answer.version.content["options"]]
    return keys.index(answer.response["choice"])


def test_the_panel_is_an_identified_copy_of_the_ai_survey(panel):
    anonymous = Assessment.objects.get(slug="ai-and-rights")
    assert panel.kind == Assessment.Kind.SURVEY and panel.is_published and not panel.anonymous
    assert panel.fixed_item_ids() == anonymous.fixed_item_ids()
    assert panel.title_en.endswith("(research panel)") and "панель" in panel.title_ru and panel.title_kk
    assert "pseudonym" in panel.consent_en and "псевдоним" in panel.consent_ru and "псевдоним" in panel.consent_kk
    assert panel.consent_version == 1


def test_demographic_questions_are_marked_identifying():
    survey_keys = Item.objects.filter(key__startswith="survey-", identifying=True).values_list("key", flat=True)
    assert sorted(survey_keys) == ["survey-age-band", "survey-home-language", "survey-region-type"]
    assert not Item.objects.exclude(key__startswith="survey-").filter(identifying=True).exists()


def test_demo_learners_answered_the_panel_in_three_languages(panel):
    attempts = Attempt.objects.filter(assessment=panel).select_related("user")
    assert attempts.count() == RESPONDENTS
    assert Counter(attempts.values_list("language", flat=True)) == {"kk": 193, "ru": 183, "en": 188}
    for attempt in attempts:
        assert attempt.user.email.endswith("@" + EMAIL_DOMAIN)
        assert attempt.language == attempt.user.preferred_language
        assert attempt.state == Attempt.State.SUBMITTED and attempt.score == 0 and attempt.max_score == 0
        assert attempt.consent_version == panel.consent_version
        assert attempt.started_at < attempt.submitted_at
    # After each learner's post-test.
    post = dict(
        Attempt.objects.filter(
            assessment__kind=Assessment.Kind.POST_TEST, user__in=attempts.values("user")
        ).values_list("user_id", "submitted_at")
    )
    assert all(attempt.submitted_at > post[attempt.user_id] for attempt in attempts)
    answers = Answer.objects.filter(attempt__assessment=panel).select_related("version")
    assert answers.count() == ANSWERS
    for answer in answers:
        assert validate_response(answer.version.content, answer.response) == answer.response


def test_answers_have_missing_values_and_free_text_with_contacts(panel):
    answers = Answer.objects.filter(attempt__assessment=panel)
    specials = Counter(answer.response.get("special") for answer in answers)
    assert specials["dont_know"] > 50 and specials["prefer_not"] > 20
    attempts = Attempt.objects.filter(assessment=panel)
    per_attempt = Counter(answers.values_list("attempt_id", flat=True))
    questions = len(panel.fixed_item_ids())
    unanswered = sum(questions - per_attempt[pk] for pk in attempts.values_list("pk", flat=True))
    assert unanswered > RESPONDENTS  # the free-text question mostly, and ~5% of the others
    texts = [answer.response["text"] for answer in panel_answers(panel, "help-text")]
    assert 30 <= len(texts) <= 100
    assert sum("@example.kz" in text or "555" in text for text in texts) == 3


def test_answers_follow_the_learner(panel):
    ages = {"18-24": 0, "25-34": 1, "35-44": 2}
    for answer in panel_answers(panel, "age-band").select_related("version"):
        user = answer.attempt.user
        if user.age_band and "choice" in answer.response:
            assert option_index(answer) == ages[user.age_band]
    for answer in panel_answers(panel, "region-type").select_related("version"):
        user = answer.attempt.user
        if user.settlement_type == "rural" and "choice" in answer.response:
            assert option_index(answer) in (1, 2)  # town or village
    knows = {"rural": [], "urban": []}
    for answer in panel_answers(panel, "knows-rights").select_related("version"):
        if answer.attempt.user.settlement_type:
            knows[answer.attempt.user.settlement_type].append(option_index(answer))
    assert mean(knows["rural"]) < mean(knows["urban"])
    share_agree = mean(index >= 3 for values in knows.values() for index in values)
    assert 0.15 < share_agree < 0.4  # the source study: 23% know their rights with AI


def test_without_researcher_accounts_there_are_no_projects():
    assert not ResearchProject.objects.exists()
    assert not ResearchConsent.objects.exists()


def test_project_one_is_approved_and_running(demo_accounts, panel):
    project = ResearchProject.objects.get(title=PROJECT)
    assert project.status == ResearchProject.Status.APPROVED and project.is_running
    assert project.principal_investigator == demo_accounts["researcher@sauat.test"]
    assert project.reviewed_by == demo_accounts["admin@sauat.test"]
    assert project.requests_free_text and project.free_text_approved and not project.cross_border
    assert project.dua_accepted_at < project.reviewed_at
    assert "KazNU" in project.ethics_reference and project.institution == "Al-Farabi Kazakh National University"
    assert sorted(project.instruments.values_list("slug", flat=True)) == [
        "ai-and-rights-panel",
        "consumer-rights-post",
        "consumer-rights-pre",
    ]
    text = project.current_consent_text()
    assert text.version == 1
    for field in ("text_kk", "text_ru", "text_en"):
        assert project.ends_on.isoformat() in getattr(text, field)
    assert "cross-border transfer: none" in text.text_en.lower()
    actions = list(project.audit_entries.order_by("at").values_list("action", flat=True))
    assert actions == [ExportAuditEntry.Action.SUBMITTED, ExportAuditEntry.Action.APPROVED]


def test_consents_of_the_demo_learners(demo_accounts):
    project = ResearchProject.objects.get(title=PROJECT)
    consents = ResearchConsent.objects.filter(project=project).select_related("user")
    assert consents.count() == CONSENTED + WITHDRAWN
    assert consents.filter(granted=True).count() == CONSENTED
    assert consents.filter(granted=False).count() == WITHDRAWN
    assert project.consented_user_ids().count() == CONSENTED - WITHDRAWN
    assert consents.values("user").distinct().count() == CONSENTED  # the rest of the 672 never decided
    assert all(c.user.email.endswith("@" + EMAIL_DOMAIN) for c in consents)
    assert all(c.language == c.user.preferred_language and c.text_version == 1 for c in consents)
    granted = dict(consents.filter(granted=True).values_list("user_id", "recorded_at"))
    for withdrawal in consents.filter(granted=False):
        assert withdrawal.recorded_at > granted[withdrawal.user_id] > project.reviewed_at
    assert User.objects.filter(email__endswith="@" + EMAIL_DOMAIN).count() == LEARNERS
    # Respondents whose panel answers project 1 may export; the free-text answers with contact details
    # are all among them, so the export's scrubbing of them shows.
    panel = Answer.objects.filter(attempt__assessment__slug="ai-and-rights-panel")
    consented = set(project.consented_user_ids())
    assert panel.filter(attempt__user__in=consented).values("attempt").distinct().count() == 491
    contacts = [
        a
        for a in panel.filter(item__key="survey-help-text")
        if "555" in a.response["text"] or "@" in a.response["text"]
    ]
    assert len(contacts) == 3 and all(a.attempt.user_id in consented for a in contacts)


def test_project_two_waits_for_approval_and_each_researcher_sees_only_their_own(demo_accounts):
    first = ResearchProject.objects.get(title=PROJECT)
    second = ResearchProject.objects.get(title=SECOND_PROJECT)
    researcher2 = demo_accounts["researcher2@sauat.test"]
    assert researcher2.groups.filter(name="Researchers").exists()
    assert second.status == ResearchProject.Status.SUBMITTED and second.principal_investigator == researcher2
    assert second.dua_version and not second.consents.exists() and second.current_consent_text().version == 1
    assert list(access.researcher_projects(researcher2)) == [second]
    assert list(access.researcher_projects(demo_accounts["researcher@sauat.test"])) == [first]


def test_loading_again_creates_nothing(demo_accounts):
    counts = (
        ResearchProject.objects.count(),
        ResearchConsent.objects.count(),
        Attempt.objects.count(),
        Answer.objects.count(),
        ExportAuditEntry.objects.count(),
    )
    assert DemoLoader().load() == 0
    assert ensure_research_projects() == 0
    ensure_demo_users()
    assert (
        ResearchProject.objects.count(),
        ResearchConsent.objects.count(),
        Attempt.objects.count(),
        Answer.objects.count(),
        ExportAuditEntry.objects.count(),
    ) == counts
