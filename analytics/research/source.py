"""Read what one research export may contain from our own tables, in a handful of queries.

Only people who hold the project's research consent (latest decision "yes", at a text version not
older than the project's minimum) are read at all; their submitted attempts in the chosen
instruments, the answers of those attempts, the item versions answered, the optional profile fields
(kept only under demographics consent, so present values are consented values) and cohorts.
"""

import json
from dataclasses import dataclass, field

import pandas as pd

from accounts.models import User
from cms.i18n import LANGUAGE_CODES
from cms.models import LegalAct
from quizzes.models import Answer, Assessment, Attempt, Item, ItemVersion
from research.models import ResearchConsent
from universities.models import CohortMembership

from ..datasets import KIND_PHASES, frame_from_queryset

SURVEY_PHASE = "survey"


@dataclass
class Source:
    instruments: list[dict]
    consent: dict
    users: pd.DataFrame
    memberships: pd.DataFrame
    attempts: pd.DataFrame
    answers: pd.DataFrame
    versions: dict
    items: dict
    legal_acts: dict
    counts: dict = field(default_factory=dict)

    @property
    def data_cutoff(self):
        """The latest submission read: the package's "as of" moment (deterministic, from the data)."""
        if self.attempts.empty:
            return pd.Timestamp("2000-01-01", tz="UTC")
        return self.attempts["submitted_at"].max()


def _json(value):
    return json.loads(value) if isinstance(value, str | bytes) else value


def _texts(obj, name):
    return {code: getattr(obj, f"{name}_{code}", "") or "" for code in LANGUAGE_CODES}


def instruments(ids):
    rows = []
    for assessment in Assessment.objects.filter(pk__in=ids).select_related("course").order_by("pk"):
        rows.append(
            {
                "id": assessment.pk,
                "slug": assessment.slug,
                "kind": assessment.kind,
                "phase": KIND_PHASES.get(assessment.kind, SURVEY_PHASE),
                "title": _texts(assessment, "title"),
                "intro": _texts(assessment, "intro"),
                "consent": _texts(assessment, "consent"),
                "consent_version": assessment.consent_version,
                "blueprint_id": assessment.blueprint_id,
                "course": assessment.course.slug if assessment.course_id else "",
            }
        )
    return rows


def consent_counts(project, taken):
    """How many people took an included instrument (``taken``: their submitted attempts), and what their
    latest research-consent decision is."""
    eligible_user_ids = taken.values("user_id")
    latest = dict(
        ResearchConsent.objects.current_for(project)
        .filter(user_id__in=eligible_user_ids)
        .values_list("user_id", "granted")
    )
    versions = dict(
        ResearchConsent.objects.current_for(project)
        .filter(user_id__in=eligible_user_ids, granted=True)
        .values_list("user_id", "text_version")
    )
    eligible = taken.order_by().values("user_id").distinct().count()
    granted = sum(1 for value in latest.values() if value)
    outdated = sum(1 for version in versions.values() if version < project.min_consent_version)
    return {
        "took_instruments": eligible,
        "consent_current": granted - outdated,
        "consent_outdated_version": outdated,
        "withdrawn": sum(1 for value in latest.values() if not value),
        "never_decided": eligible - len(latest),
    }


ATTEMPT_COLUMNS = [
    "attempt_id",
    "user_id",
    "assessment_id",
    "number",
    "language",
    "form",
    "layout",
    "started_at",
    "submitted_at",
    "score",
    "max_score",
    "percent",
]
ANSWER_COLUMNS = ["attempt_id", "item_id", "version_id", "response", "is_correct", "score"]
USER_COLUMNS = ["user_id", "pref_lang", "age_band", "gender", "settlement_type"]


def load(project, spec) -> Source:
    instrument_rows = instruments(spec["instruments"])
    ids = [row["id"] for row in instrument_rows]
    taken = Attempt.objects.submitted().filter(assessment_id__in=ids, user__isnull=False)
    consented = project.consented_user_ids()
    counts = consent_counts(project, taken)
    attempts = frame_from_queryset(
        taken.filter(user_id__in=consented)
        .order_by("user_id", "assessment_id", "number", "submitted_at", "pk")
        .values_list(
            "pk",
            "user_id",
            "assessment_id",
            "number",
            "language",
            "form",
            "layout",
            "started_at",
            "submitted_at",
            "score",
            "max_score",
            "percent",
        ),
        ATTEMPT_COLUMNS,
    )
    attempts["attempt_id"] = attempts["attempt_id"].astype(str).str.replace("-", "")
    attempts["layout"] = [_json(value) for value in attempts["layout"]]
    for column in ("started_at", "submitted_at"):
        attempts[column] = pd.to_datetime(attempts[column], utc=True, format="mixed")
    for column in ("score", "max_score", "percent"):
        attempts[column] = attempts[column].astype(float)

    answer_rows = Answer.objects.filter(
        attempt__in=taken.filter(user_id__in=consented)
    ).order_by()  # the default ordering sorts millions of rows for nothing
    if spec.get("items"):
        answer_rows = answer_rows.filter(item__key__in=spec["items"])
    answers = frame_from_queryset(
        answer_rows.values_list("attempt_id", "item_id", "version_id", "response", "is_correct", "score"),
        ANSWER_COLUMNS,
    )
    answers["attempt_id"] = answers["attempt_id"].astype(str).str.replace("-", "")
    answers["response"] = [_json(value) for value in answers["response"]]
    answers["score"] = answers["score"].astype(float)
    answers["is_correct"] = answers["is_correct"].astype(float)  # booleans (PostgreSQL) or 0/1 (SQLite)

    version_ids = {entry["v"] for layout in attempts["layout"] for entry in layout}
    version_ids |= set(answers["version_id"].unique().tolist())
    versions = {
        pk: {"item_id": item_id, "number": number, "content": _json(content)}
        for pk, item_id, number, content in ItemVersion.objects.filter(pk__in=version_ids).values_list(
            "pk", "item_id", "number", "content"
        )
    }
    item_ids = {version["item_id"] for version in versions.values()}
    items = {
        pk: {"key": key, "kind": kind, "variable": variable, "identifying": identifying, "legal_act_id": act}
        for pk, key, kind, variable, identifying, act in Item.objects.filter(pk__in=item_ids).values_list(
            "pk", "key", "kind", "variable", "identifying", "legal_act_id"
        )
    }
    if spec.get("items"):
        wanted = set(spec["items"])
        items = {pk: item for pk, item in items.items() if item["key"] in wanted}
    acts = {
        act.pk: {"number": act.number, "adopted_on": act.adopted_on, "url": act.official_url, **_titles(act)}
        for act in LegalAct.objects.filter(pk__in={item["legal_act_id"] for item in items.values()} - {None})
    }

    user_ids = attempts["user_id"].unique().tolist()
    users = pd.DataFrame.from_records(
        list(
            User.objects.filter(pk__in=user_ids)
            .order_by("pk")
            .values_list("pk", "preferred_language", "age_band", "gender", "settlement_type")
        ),
        columns=USER_COLUMNS,
    )
    consent_versions = dict(
        ResearchConsent.objects.current_for(project).filter(user_id__in=user_ids).values_list("user_id", "text_version")
    )
    users["consent_version"] = users["user_id"].map(consent_versions).astype("Int64")
    memberships = pd.DataFrame.from_records(
        list(
            CohortMembership.objects.filter(user_id__in=user_ids)
            .order_by("user_id", "cohort_id")
            .values_list("user_id", "cohort_id", "cohort__university__slug")
        ),
        columns=["user_id", "cohort_id", "university"],
    ).drop_duplicates("user_id", keep="first")
    counts["participants_read"] = len(users)
    return Source(
        instruments=instrument_rows,
        consent=counts,
        users=users,
        memberships=memberships,
        attempts=attempts,
        answers=answers,
        versions=versions,
        items=items,
        legal_acts=acts,
        counts={"attempts": len(attempts), "answers": len(answers)},
    )


def _titles(act):
    return {f"title_{code}": getattr(act, f"title_{code}", "") for code in LANGUAGE_CODES}
