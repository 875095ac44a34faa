"""Read what one research export may contain from our own tables, in a handful of queries.

Only people who hold the project's research consent (latest decision "yes", at a text version not
older than the project's minimum) are read at all; their submitted attempts in the chosen
instruments, the answers of those attempts, the item versions answered, the optional profile fields
(kept only under demographics consent, so present values are consented values) and cohorts.
"""

import hashlib
import json
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from django.db import connection
from django.db.models import TextField
from django.db.models.functions import Cast

from accounts.models import User
from cms.i18n import LANGUAGE_CODES
from cms.models import LegalAct
from quizzes.models import Answer, Assessment, Attempt, Item, ItemVersion
from research.models import ResearchConsent
from universities.models import CohortMembership

from ..datasets import KIND_PHASES

SURVEY_PHASE = "survey"


@dataclass
class Source:
    instruments: list[dict]
    consent: dict
    users: pd.DataFrame
    memberships: pd.DataFrame
    attempts: pd.DataFrame  # one row per attempt; ``asked`` and ``answers`` point at rows by position
    asked: pd.DataFrame  # attempt, version_id, position: every question version each attempt showed
    answers: pd.DataFrame  # attempt, item_id, version_id, response (index into ``responses``), is_correct, score
    responses: list  # the distinct stored responses, parsed
    versions: dict
    items: dict
    legal_acts: dict
    counts: dict = field(default_factory=dict)

    def administered(self, assessment_id):
        """The distinct (form, question version id) pairs the attempts of one instrument showed."""
        rows = self.attempts.index[self.attempts["assessment_id"].to_numpy() == assessment_id]
        asked = self.asked[self.asked["attempt"].isin(rows)]
        forms = self.attempts["form"].to_numpy()[asked["attempt"].to_numpy()]
        pairs = pd.DataFrame({"form": forms, "version": asked["version_id"].to_numpy()}).drop_duplicates()
        return sorted(zip(pairs["form"], pairs["version"], strict=True))

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
    "started_at",
    "submitted_at",
    "score",
    "max_score",
    "percent",
]
USER_COLUMNS = ["user_id", "pref_lang", "age_band", "gender", "settlement_type"]
CHUNK = 50_000
ATTEMPT_CHUNK = 2_000  # a layout is a few kB of text: keep a chunk of them small


def _rows(queryset, chunk=CHUNK):
    """The queryset's rows, a chunk at a time, from a plain cursor (no model or converter per row); on
    PostgreSQL a server-side cursor, so the client never holds the whole result."""
    sql, params = queryset.query.sql_with_params()
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(chunk):
            yield rows


class Memo:
    """Parses each distinct JSON text once: answers repeat a few hundred shapes millions of times.
    ``codes(texts)`` gives each text's position in ``values`` (the parsed values). With ``digest``, texts
    are remembered by a 16-byte hash instead of themselves (layouts: long, and mostly all different)."""

    def __init__(self, parse=None, *, digest=False):
        self.positions, self.values = {}, []
        self.parse = parse or _json
        self.digest = digest

    def _key(self, raw):
        if not isinstance(raw, str | bytes):
            raw = json.dumps(raw, sort_keys=True)
        if self.digest:
            return hashlib.blake2b(raw.encode() if isinstance(raw, str) else raw, digest_size=16).digest()
        return raw

    def codes(self, texts):
        get = self.positions.get
        keys = [self._key(text) for text in texts] if self.digest else texts
        codes = [get(key) for key in keys]
        for i, code in enumerate(codes):
            if code is None:
                key = keys[i] if self.digest else self._key(texts[i])
                code = self.positions.get(key)
                if code is None:
                    code = self.positions[key] = len(self.values)
                    self.values.append(self.parse(texts[i]))
                codes[i] = code
        return np.asarray(codes, dtype=np.int32)


def _floats(values):
    return np.asarray([np.nan if value is None else value for value in values], dtype=float)


_VERSION = re.compile(r'"v": (\d+)')
_ITEM = re.compile(r'"i": \d+')


def _layout_versions(raw):
    """The question version ids of a stored layout, in order (quizzes.selection.build_layout: one
    {"v", "i", "k", "t", "options", "matches", "s"} object per question). The ids are read straight from
    the JSON text when every entry's "v" is found (both backends write '"v": 12'); otherwise parsed."""
    if isinstance(raw, str):
        versions = _VERSION.findall(raw)
        if len(versions) == len(_ITEM.findall(raw)):
            return np.asarray(versions, dtype=np.int64)
    return np.asarray([entry["v"] for entry in _json(raw)], dtype=np.int64)


def load(project, spec) -> Source:
    instrument_rows = instruments(spec["instruments"])
    ids = [row["id"] for row in instrument_rows]
    taken = Attempt.objects.submitted().filter(assessment_id__in=ids, user__isnull=False)
    consented = project.consented_user_ids()
    counts = consent_counts(project, taken)
    ordered = taken.filter(user_id__in=consented).order_by("user_id", "assessment_id", "number", "submitted_at", "pk")
    records, layouts = [], []
    layout_memo = Memo(_layout_versions, digest=True)
    attempt_text = Cast("pk", TextField())  # the same text as the answers' attempt_id below, on both backends
    for rows in _rows(
        ordered.annotate(key=attempt_text, layout_text=Cast("layout", TextField())).values_list(
            "key",
            *ATTEMPT_COLUMNS[1:],
            "layout_text",
        ),
        ATTEMPT_CHUNK,
    ):
        records.extend(row[:11] for row in rows)
        layouts.append(layout_memo.codes([row[11] for row in rows]))
    attempts = pd.DataFrame.from_records(records, columns=ATTEMPT_COLUMNS)
    del records
    for column in ("started_at", "submitted_at"):
        attempts[column] = pd.to_datetime(attempts[column], utc=True, format="mixed")
    for column in ("score", "max_score", "percent"):
        attempts[column] = attempts[column].astype(float)
    attempts["layout_id"] = np.concatenate(layouts) if layouts else np.zeros(0, np.int32)
    position_of = {attempt_id: index for index, attempt_id in enumerate(attempts["attempt_id"])}

    # What was asked: one row per (attempt, question version), from the distinct layouts.
    lengths = np.asarray([len(versions) for versions in layout_memo.values], dtype=np.int64)
    per_attempt = lengths[attempts["layout_id"].to_numpy()] if len(attempts) else np.zeros(0, np.int64)
    asked = pd.DataFrame(
        {
            "attempt": np.repeat(np.arange(len(attempts), dtype=np.int32), per_attempt),
            "version_id": np.concatenate([layout_memo.values[i] for i in attempts["layout_id"]])
            if len(attempts)
            else np.zeros(0, np.int64),
            "position": np.concatenate([np.arange(n, dtype=np.int16) for n in per_attempt])
            if len(attempts)
            else np.zeros(0, np.int16),
        }
    )

    answer_rows = Answer.objects.filter(attempt__in=taken.filter(user_id__in=consented)).order_by()
    if spec.get("items"):
        answer_rows = answer_rows.filter(item__key__in=spec["items"])
    answer_rows = answer_rows.annotate(key=Cast("attempt_id", TextField()), text=Cast("response", TextField()))
    response_memo = Memo()
    columns = {name: [] for name in ("attempt", "item_id", "version_id", "response", "is_correct", "score")}
    for rows in _rows(answer_rows.values_list("key", "item_id", "version_id", "text", "is_correct", "score")):
        keys, items, versions_, texts, correct, scores = zip(*rows, strict=True)
        columns["attempt"].append(np.fromiter(map(position_of.__getitem__, keys), np.int32, len(keys)))
        columns["item_id"].append(np.asarray(items, dtype=np.int64))
        columns["version_id"].append(np.asarray(versions_, dtype=np.int64))
        columns["response"].append(response_memo.codes(texts))
        columns["is_correct"].append(_floats(correct))
        columns["score"].append(_floats(scores))
    answers = pd.DataFrame(
        {
            name: np.concatenate(parts) if parts else np.zeros(0, dtype)
            for (name, parts), dtype in zip(
                columns.items(), (np.int32, np.int64, np.int64, np.int32, float, float), strict=True
            )
        }
    )

    version_ids = set(asked["version_id"].unique().tolist()) | set(answers["version_id"].unique().tolist())
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
        asked=asked,
        answers=answers,
        responses=response_memo.values,
        versions=versions,
        items=items,
        legal_acts=acts,
        counts={"attempts": len(attempts), "answers": len(answers)},
    )


def _titles(act):
    return {f"title_{code}": getattr(act, f"title_{code}", "") for code in LANGUAGE_CODES}
