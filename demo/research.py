"""Demo data for research: the identified research panel, two research projects, consents and answers.

``load_demo_research(loader)`` runs at the end of DemoLoader.load(), after the analytics demo:

1. The demographic questions of the AI survey (age group, type of place, home language) are marked
   ``identifying`` (new databases get it from demo/content/survey_ai.py; older ones are updated here).
2. "ai-and-rights-panel": an identified copy of the anonymous "ai-and-rights" survey (the same items in
   the same order) with its own consent text (demo/content/research.py).
3. About 85% of the generated analytics learners (demo/analytics.py) answer the panel a few days ago,
   after their post-test, in their preferred language. The answers follow the learner: rural learners
   and those with a low pre-test score say less often that they know their rights; the demographic
   answers agree with the profile where it is filled in; some "don't know"s where offered, about 5% of
   questions left unanswered (no Answer row: "seen but unanswered"), a few short free-text answers, three
   of them with a phone number or e-mail address for the export's scrubbing to catch.
4. The research projects, if their researcher accounts exist: "Legal literacy and attitudes to AI among
   students (demo)" by researcher@sauat.test, taken through the real workflow (draft → submitted →
   approved by admin@sauat.test, free text allowed) with the panel and the consumer-rights pre-/post-test
   as instruments; about 90% of the generated learners consent to it and about 4% of those later withdraw
   (a newer "no" row); the rest never decide. And researcher2@sauat.test's project, submitted and waiting
   for approval, with no data: the admin review screen has something to show, and researcher 2 does not
   see project 1.

Demo accounts are created after DemoLoader.load() (and not at all with ``load_demo --no-users``), so on a
fresh database step 4 finds no researcher yet: ``ensure_demo_users()`` calls
``ensure_research_projects()`` once the accounts exist. With ``--no-users`` (the browser tests, and the test
session's DemoLoader().load()) there are no research projects and no research consents; the panel and its
answers are there.

A fixed seed (random.Random, as in demo/analytics.py) gives the same data on every load. Idempotent: the
panel is found by slug, its answers are made only while it has none, a project is found by its title.
Rows are written with bulk_create: 564 of the 672 learners answer (5,938 answers), 605 consent and 20 of them
withdraw (625 consent rows), in about 0.7 s of the ~15 s load_demo (tests/research/test_demo.py has the numbers).
"""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from quizzes.grading import validate_response
from quizzes.models import Answer, Assessment, Attempt, Item, ItemVersion
from quizzes.selection import build_layout
from research import actions
from research.models import ExportAuditEntry, ResearchConsent, ResearchProject

from .analytics import EMAIL_DOMAIN
from .content import research as content
from .content.survey_ai import SURVEY
from .quizzes import QuizLoader

ANSWER_SEED = 2027
CONSENT_SEED = 2028
RESPONDING = 0.85  # share of the generated learners who answer the panel
CONSENTING = 0.90  # share who agree to project 1
WITHDRAWING = 0.04  # share of those who later withdraw
SKIPPED = 0.05  # share of (non-text) questions seen but left unanswered
FREE_TEXT = 0.10  # share of respondents who write something in the free-text question
LAYOUTS = 16  # distinct attempt seeds (see answer_panel)
ADMIN = "admin@sauat.test"
LANGUAGES = ["kk", "ru", "en"]

#: Keys of the survey's demographic questions (quasi-identifiers in research exports).
DEMOGRAPHIC_KEYS = [f"survey-{question['key']}" for question in SURVEY["questions"] if question.get("identifying")]

AGE_OPTIONS = ["18-24", "25-34", "35-44", "45-54", "55-64", "65-plus"]  # the age-band question's options
HOME_LANGUAGE_WEIGHTS = {  # Kazakh, Russian, both, another: by the language the learner uses Sauat in
    "kk": [60, 5, 33, 2],
    "ru": [5, 60, 33, 2],
    "en": [20, 30, 35, 15],
}


def _likert(latent):
    """A 1..5 agreement (as an option index 0..4) from a latent attitude around 0."""
    return sum(latent > cut for cut in (-1.3, -0.45, 0.15, 1.0))


def consent_plan(learners):
    """{e-mail: (days ago they agreed to project 1, days ago they withdrew or None)}; absent: never decided.

    Drawn from its own seed, so the answers (made first, also without the project) know who will be exported.
    """
    rng = random.Random(CONSENT_SEED)  # noqa: S311 - reproducible demo data, not security
    plan = {}
    for user in sorted(learners, key=lambda user: user.email):
        if rng.random() >= CONSENTING:
            continue
        agreed = rng.uniform(21.0, 35.0)
        plan[user.email] = (agreed, rng.uniform(2.0, 14.0) if rng.random() < WITHDRAWING else None)
    return plan


class ResearchDemo:
    def __init__(self):
        self.created = 0

    def learners(self):
        return list(User.objects.filter(email__endswith="@" + EMAIL_DOMAIN).order_by("email"))

    # -- items and the panel -------------------------------------------------------------------

    def mark_demographic_items(self):
        """Databases loaded before the flag existed: set it on the three demographic questions."""
        Item.objects.filter(key__in=DEMOGRAPHIC_KEYS, identifying=False).update(identifying=True)

    def ensure_panel(self):
        panel = Assessment.objects.filter(slug=content.PANEL["slug"]).first()
        if panel is not None:
            return panel
        anonymous = Assessment.objects.filter(slug=SURVEY["key"]).first()
        if anonymous is None:
            return None
        items = [row.item for row in anonymous.fixed_items.select_related("item").order_by("sort_order")]
        quizzes = QuizLoader({})
        panel = quizzes.ensure_assessment(
            content.PANEL["slug"],
            {
                "kind": Assessment.Kind.SURVEY,
                "anonymous": False,
                "shuffle_options": False,
                **{f"title_{code}": content.PANEL["title"][code] for code in LANGUAGES},
                **{f"intro_{code}": SURVEY["intro"][code] for code in LANGUAGES},
                **{f"consent_{code}": content.PANEL["consent"][code] for code in LANGUAGES},
            },
            items,
        )
        self.created += quizzes.created
        return panel

    # -- answers to the panel ------------------------------------------------------------------

    def _responses(self, user, pre_percent, rng, contacts):
        """{question key without "survey-": response} for one learner, before skipping.

        ``contacts``: the free-text answers with contact details still to give, or None if this learner's
        answers will not be in project 1's exports (no lasting consent), so that all of them can be seen there.
        """
        language = user.preferred_language
        rural = user.settlement_type == "rural"
        literacy = ((pre_percent if pre_percent is not None else 50.0) - 50.0) / 20.0
        tech = rng.gauss(0.0, 1.0) - (0.5 if rural else 0.0)
        use = 3 - sum(tech + 0.6 > cut for cut in (-1.3, -0.2, 0.9))  # 0 daily .. 3 never
        answers = {"ai-use": ("choice", use)}
        if use == 3:
            answers["ai-kinds"] = ("choices", [])
        elif rng.random() < 0.03:
            answers["ai-kinds"] = ("special", "dont_know")
        else:
            chances = [0.85, 0.6, 0.3 + 0.1 * tech, 0.35, 0.05]
            kinds = [i for i, p in enumerate(chances) if rng.random() < p] or [0]
            answers["ai-kinds"] = ("choices", kinds)
        knows = 0.7 * literacy - (0.5 if rural else 0.0) - 0.45 + rng.gauss(0.0, 0.8)
        answers["knows-rights"] = ("choice", _likert(knows))
        for key, latent, dont_know in (
            ("data-security-worry", 0.3 + 0.3 * literacy + rng.gauss(0.0, 1.0), 0.05),
            ("algorithm-transparency", 0.35 * literacy + rng.gauss(0.0, 1.0), 0.10),
            ("trust-ai-legal", -0.4 - 0.4 * literacy + 0.3 * tech + rng.gauss(0.0, 1.0), 0.08),
            ("want-to-learn", 0.8 - 0.4 * knows + rng.gauss(0.0, 0.9), 0.03),
        ):
            if rng.random() < dont_know:
                answers[key] = ("special", "dont_know")
            else:
                answers[key] = ("choice", _likert(latent))
        if rng.random() < 0.01:
            count = rng.randint(8, 15)
        else:
            count = rng.randint(*[(2, 6), (1, 4), (0, 2), (0, 0)][use])
        answers["ai-apps-count"] = ("number", count)
        # Demographics: as in the profile where it is filled in, else a guess or "prefer not to say".
        if user.age_band in AGE_OPTIONS and rng.random() >= 0.03:
            answers["age-band"] = ("choice", AGE_OPTIONS.index(user.age_band))
        elif not user.age_band and rng.random() >= 0.35:
            answers["age-band"] = ("choice", rng.choices([0, 1, 2], [7, 2, 1])[0])
        else:
            answers["age-band"] = ("special", "prefer_not")
        if user.settlement_type and rng.random() >= 0.03:
            place = rng.choices([0, 1, 2], [0, 15, 85] if rural else [75, 25, 0])[0]
            answers["region-type"] = ("choice", place)
        elif not user.settlement_type and rng.random() >= 0.35:
            answers["region-type"] = ("choice", rng.choices([0, 1, 2], [5, 3, 2])[0])
        else:
            answers["region-type"] = ("special", "prefer_not")
        if rng.random() < 0.02:
            answers["home-language"] = ("special", "prefer_not")
        else:
            answers["home-language"] = ("choice", rng.choices(range(4), HOME_LANGUAGE_WEIGHTS[language])[0])
        if rng.random() < FREE_TEXT:
            contact = next((text for code, text in contacts or () if code == language), None)
            if contact is not None:
                contacts.remove((language, contact))
                answers["help-text"] = ("text", contact)
            else:
                answers["help-text"] = ("text", rng.choice(content.FREE_TEXT[language]))
        return answers

    @staticmethod
    def _shape(content_json, kind, value):
        keys = [option["key"] for option in content_json["options"]]
        if kind == "choice":
            return {"choice": keys[value]}
        if kind == "choices":
            return {"choices": [keys[i] for i in value]}
        return {kind: value}

    def answer_panel(self, panel):
        if Attempt.objects.filter(assessment=panel).exists():
            return
        learners = self.learners()
        if not learners:
            return
        rng = random.Random(ANSWER_SEED)  # noqa: S311 - reproducible demo data, not security
        pre_percent = dict(
            Attempt.objects.submitted()
            .filter(user__email__endswith="@" + EMAIL_DOMAIN, assessment__kind=Assessment.Kind.PRE_TEST)
            .values_list("user_id", "percent")
        )
        contacts = list(content.FREE_TEXT_WITH_CONTACTS)
        plan = consent_plan(learners)
        # The panel shuffles neither questions nor options, so a seed only changes the (unused) order of
        # the matching column: a few seeds, each layout built once (two queries each, not per learner).
        layouts = {seed: build_layout(panel, seed) for seed in (rng.randrange(1, 2**31) for _n in range(LAYOUTS))}
        versions = ItemVersion.objects.in_bulk({entry["v"] for layout in layouts.values() for entry in layout})
        seeds = sorted(layouts)
        now = timezone.now()
        attempts, answers = [], []
        for user in learners:
            if rng.random() >= RESPONDING:
                continue
            seed = rng.choice(seeds)
            layout = layouts[seed]
            exported = user.email in plan and plan[user.email][1] is None
            wanted = self._responses(user, pre_percent.get(user.pk), rng, contacts if exported else None)
            submitted = now - timedelta(days=rng.uniform(1.0, 4.0))
            attempt = Attempt(
                assessment=panel,
                user=user,
                language=user.preferred_language,
                seed=seed,
                layout=layout,
                state=Attempt.State.SUBMITTED,
                started_at=submitted - timedelta(seconds=rng.randint(150, 900)),
                submitted_at=submitted,
                score=0.0,
                max_score=0.0,
                consent_version=panel.consent_version,
            )
            attempts.append(attempt)
            for entry in layout:
                key = entry["k"].removeprefix("survey-")
                if key not in wanted or (entry["t"] != "text" and rng.random() < SKIPPED):
                    continue  # seen but unanswered
                version = versions[entry["v"]].content
                answers.append(
                    Answer(
                        attempt=attempt,
                        item_id=entry["i"],
                        version_id=entry["v"],
                        # As quizzes.actions.submit_survey stores it: validated and cleaned.
                        response=validate_response(version, self._shape(version, *wanted[key])),
                        saved_at=submitted,
                    )
                )
        Attempt.objects.bulk_create(attempts)
        Answer.objects.bulk_create(answers)
        self.created += len(attempts) + len(answers)

    # -- projects ------------------------------------------------------------------------------

    def _instruments(self, course_slug, panel=True):
        tests = Assessment.objects.filter(
            kind__in=[Assessment.Kind.PRE_TEST, Assessment.Kind.POST_TEST],
            course__slug=course_slug,
            course__locale__language_code="kk",
        )
        found = list(tests)
        if panel:
            found += list(Assessment.objects.filter(slug=content.PANEL["slug"]))
        return found

    def _create_project(self, data, pi, days_ago):
        """A draft with its instruments and consent text v1, submitted by the PI; dates ``days_ago`` back."""
        now = timezone.now()
        ends_on = timezone.localdate() + timedelta(days=365)
        project = ResearchProject.objects.create(
            title=data["title"],
            principal_investigator=pi,
            investigator_name=data["investigator_name"],
            institution=data["institution"],
            purpose=data["purpose"],
            ethics_reference=data["ethics_reference"],
            ends_on=ends_on,
            requests_free_text=data["requests_free_text"],
            cross_border=data["cross_border"],
            created_at=now - timedelta(days=days_ago),
        )
        project.instruments.set(self._instruments(data["course"], panel=data["panel"]))
        texts = {f"text_{code}": data["consent"][code].format(ends_on=ends_on.isoformat()) for code in LANGUAGES}
        consent_text = actions.save_consent_text(project, **texts)
        consent_text.created_at = project.created_at
        consent_text.save(update_fields=["created_at"])
        actions.submit_project(project, by=pi)
        submitted = now - timedelta(days=days_ago - 1)
        ResearchProject.objects.filter(pk=project.pk).update(dua_accepted_at=submitted)
        project.audit_entries.filter(action=ExportAuditEntry.Action.SUBMITTED).update(at=submitted)
        self.created += 3
        return project

    def ensure_projects(self):
        people = {
            user.email: user
            for user in User.objects.filter(
                email__in=[content.PROJECT["principal_investigator"], content.SECOND_PROJECT["principal_investigator"]]
            )
        }
        pi = people.get(content.PROJECT["principal_investigator"])
        if pi is not None and not ResearchProject.objects.filter(title=content.PROJECT["title"]).exists():
            project = self._create_project(content.PROJECT, pi, days_ago=63)
            admin = User.objects.filter(email=ADMIN).first() or User.objects.filter(is_superuser=True).first()
            actions.approve_project(project, by=admin, free_text=True, note=content.PROJECT["review_note"])
            approved = timezone.now() - timedelta(days=42)
            ResearchProject.objects.filter(pk=project.pk).update(reviewed_at=approved)
            project.audit_entries.filter(action=ExportAuditEntry.Action.APPROVED).update(at=approved)
            self.created += 1
            self.consent(project)
        pi2 = people.get(content.SECOND_PROJECT["principal_investigator"])
        if pi2 is not None and not ResearchProject.objects.filter(title=content.SECOND_PROJECT["title"]).exists():
            self._create_project(content.SECOND_PROJECT, pi2, days_ago=4)
        return self.created

    def consent(self, project):
        """Consent decisions of the generated learners: most agree, a few later withdraw, the rest never decide."""
        version = project.current_consent_text().version
        now = timezone.now()
        rows = []
        learners = self.learners()
        plan = consent_plan(learners)
        for user in learners:
            if user.email not in plan:
                continue
            agreed, withdrawn = plan[user.email]
            for granted, days_ago in ((True, agreed), (False, withdrawn)):
                if days_ago is not None:
                    rows.append(
                        ResearchConsent(
                            project=project,
                            user=user,
                            text_version=version,
                            granted=granted,
                            language=user.preferred_language,
                            recorded_at=now - timedelta(days=days_ago),
                        )
                    )
        ResearchConsent.objects.bulk_create(rows)
        self.created += len(rows)

    def load(self):
        self.mark_demographic_items()
        panel = self.ensure_panel()
        if panel is not None:
            self.answer_panel(panel)
        self.ensure_projects()
        return self.created


def load_demo_research(loader):
    loader.created += ResearchDemo().load()


def ensure_research_projects():
    """After the demo accounts exist (demo/users.py): the research projects and their consents, once.

    Returns how many objects were created (0 when the projects are there or their researchers are not)."""
    with transaction.atomic():
        return ResearchDemo().ensure_projects()
