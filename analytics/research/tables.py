"""The tables of a Research Data Package, built from the consented source (research-export.md §6.1).

``build(source, entries, project, spec, k)`` returns (tables, privacy facts). Long is canonical: one
row per (participant, attempt, question asked); each wide table has one row per participant for one
instrument (their latest attempt), generated from the long rows. Row and column orders are fixed
(pid, then instrument, attempt, question order), so the same data give the same files.
"""

import hashlib
import json

import numpy as np
import pandas as pd

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from research.pseudonyms import Pseudonymiser
from universities.models import Cohort, University

from ..stats import gains as gain_stats
from ..stats import items as item_stats
from . import privacy
from .catalogue import CHOICE_KINDS
from .variables import (
    LANGUAGE_LABELS,
    LANGUAGE_VALUES,
    NOT_ASKED,
    SPECIAL_CODES,
    UNANSWERED,
    Table,
    Variable,
    fixed,
    trilingual,
)

LANGUAGE_CODES_BY_NAME = {name: code for code, name in LANGUAGE_VALUES.items()}
PHASE_ORDER = {"pre": 0, "post": 1, "quiz": 2, "survey": 3}
WITHHELD = _("Everyone; empty when not given (optional profile field) or withheld for anonymity (privacy_report.json)")


def _choices_codes(choices, order):
    return {value: position for position, value in enumerate(order, start=1)} | {"": np.nan}


def _code_map(choices):
    """TextChoices → ({value: code}, {code: trilingual label}), codes 1.. in the declared order."""
    values = [value for value, _label in choices.choices]
    labels = {position: trilingual(label) for position, (_value, label) in enumerate(choices.choices, start=1)}
    return {value: position for position, value in enumerate(values, start=1)}, labels


AGE_CODES, AGE_LABELS = _code_map(User.AgeBand)
GENDER_CODES, GENDER_LABELS = _code_map(User.Gender)
REGION_CODES, REGION_LABELS = _code_map(User.Settlement)


ATTEMPT_INFO = ["user_id", "assessment_id", "number", "language", "form", "started_at", "submitted_at", "percent"]


def instrument_version(administered, versions):
    """Fingerprint of the question versions an instrument administered (``administered``: (form,
    version id) pairs): 8 hex digits of a SHA-256."""
    keys = sorted({(versions[v]["content"]["key"], versions[v]["number"]) for _form, v in administered})
    return hashlib.sha256(json.dumps(keys).encode()).hexdigest()[:8]


def _categories(values, pairs):
    """(codes, categories) turning per-pair ``values`` into a categorical over the rows of ``pairs``."""
    codes, categories = pd.factorize(pd.Index(values, dtype=object))
    return codes[pairs], categories


def _decode(entry, response):
    """(response_code, response_codes, response_text) of one stored answer."""
    if not isinstance(response, dict):
        return UNANSWERED, "", ""
    if "special" in response:
        code = SPECIAL_CODES.get(response["special"], UNANSWERED)
        return code, str(code) if entry.multi else "", ""
    kind = entry.kind
    if kind in CHOICE_KINDS:
        return float(entry.codes.get(response.get("choice"), np.nan)), "", ""
    if entry.multi:
        chosen = sorted(entry.codes[key] for key in response.get("choices", []) if key in entry.codes)
        return np.nan, " ".join(map(str, chosen)), ""
    if kind == "number":
        return float(response.get("number")), "", ""
    if kind in ("text", "short"):
        return np.nan, "", response.get("text", "")
    return np.nan, "", ""


class Builder:
    def __init__(self, source, entries, project, spec, k):
        self.source, self.entries, self.project, self.spec, self.k = source, entries, project, spec, k
        self.instruments = {row["id"]: row for row in source.instruments}
        self.pseudonyms = Pseudonymiser(project)
        self.facts = {"removed_variables": [], "free_text": bool(spec.get("free_text"))}

    # -- participants and the long table --------------------------------------------------------

    def participants(self):
        users = self.source.users
        memberships = self.source.memberships.set_index("user_id")
        frame = pd.DataFrame({"user_id": users["user_id"]})
        frame["pid"] = [self.pseudonyms.pid(pk) for pk in users["user_id"]]
        frame["pref_lang"] = users["pref_lang"].map(LANGUAGE_CODES_BY_NAME).astype(float)
        frame["age_band"] = users["age_band"].map(AGE_CODES).astype(float)
        frame["gender"] = users["gender"].map(GENDER_CODES).astype(float)
        frame["region_type"] = users["settlement_type"].map(REGION_CODES).astype(float)
        slugs = sorted(
            University.objects.filter(slug__in=memberships["university"].unique()).values_list("slug", flat=True)
        )
        self.university_codes = {slug: position for position, slug in enumerate(slugs, start=1)}
        cohorts = sorted(memberships["cohort_id"].unique().tolist())
        self.cohort_codes = {pk: position for position, pk in enumerate(cohorts, start=1)}
        frame["university"] = users["user_id"].map(memberships["university"]).map(self.university_codes).astype(float)
        frame["cohort"] = users["user_id"].map(memberships["cohort_id"]).map(self.cohort_codes).astype(float)
        frame["consent_version"] = users["consent_version"].astype(float)
        return frame

    def long(self, pids):
        """One row per (attempt, question asked), with its answer decoded (vectorised: the distinct
        (question, stored response) pairs are decoded once each)."""
        attempts = self.source.attempts
        versions = self.source.versions
        frame = self.source.asked.copy()
        frame["item_id"] = frame["version_id"].map({pk: v["item_id"] for pk, v in versions.items()})
        frame = frame[frame["item_id"].isin(list(self.entries))]
        answers = self.source.answers.drop(columns=["version_id"])
        frame = frame.merge(answers, on=["attempt", "item_id"], how="left", sort=False)
        frame["response"] = frame["response"].fillna(-1).astype(np.int32)
        index = frame["attempt"].to_numpy()
        for column in ATTEMPT_INFO:
            frame[column] = attempts[column].to_numpy()[index]
        frame["attempt_id"] = index
        frame["pid"] = pd.Categorical(frame["user_id"].map(pids))
        frame["item_version"] = frame["version_id"].map({pk: v["number"] for pk, v in versions.items()})
        # One integer per (question, stored response) pair, so each distinct pair is decoded once.
        width = len(self.source.responses) + 1
        pairs, uniques = pd.factorize(frame["item_id"].to_numpy(np.int64) * width + frame["response"].to_numpy() + 1)
        responses = self.source.responses
        decoded = [
            _decode(self.entries[int(key // width)], responses[key % width - 1] if key % width else None)
            for key in uniques
        ]
        frame["response_code"] = np.asarray([row[0] for row in decoded], dtype=float)[pairs]
        frame["response_codes"] = pd.Categorical.from_codes(*_categories([row[1] for row in decoded], pairs))
        frame["response_text"] = pd.Categorical.from_codes(*_categories([row[2] for row in decoded], pairs))
        frame["answered"] = frame["response"].to_numpy() >= 0
        graded = frame["item_id"].map({pk: e.graded for pk, e in self.entries.items()}).to_numpy(bool)
        frame["graded"] = graded
        unanswered = graded & ~frame["answered"].to_numpy()
        frame.loc[unanswered, "score"] = 0.0
        frame.loc[unanswered, "is_correct"] = 0.0
        frame["max_score"] = np.where(graded, 1.0, np.nan)
        frame.loc[~graded, "score"] = np.nan
        frame.loc[~graded, "is_correct"] = np.nan
        frame["day"] = _days_since(frame["started_at"], frame.groupby("user_id")["started_at"].transform("min"))
        frame["instrument"] = pd.Categorical(
            frame["assessment_id"].map({pk: r["slug"] for pk, r in self.instruments.items()})
        )
        frame["phase"] = pd.Categorical(
            frame["assessment_id"].map({pk: r["phase"] for pk, r in self.instruments.items()})
        )
        frame["item"] = pd.Categorical(frame["item_id"].map({pk: e.key for pk, e in self.entries.items()}))
        self.instrument_versions = {
            pk: instrument_version(self.source.administered(pk), versions) for pk in self.instruments
        }
        frame["instrument_version"] = pd.Categorical(frame["assessment_id"].map(self.instrument_versions))
        for column in ("form", "language"):
            frame[column] = pd.Categorical(frame[column])
        return frame

    def survey_quasi_identifiers(self, long):
        """The answer code of each demographic survey question (latest survey attempt per person)."""
        identifying = [e for e in self.entries.values() if e.identifying and not e.multi and not e.free_text]
        if not identifying or long.empty:
            return pd.DataFrame(index=pd.Index([], name="user_id")), []
        rows = long[long["item_id"].isin([e.item_id for e in identifying])]
        rows = rows.sort_values(["user_id", "item_id", "submitted_at", "number"]).drop_duplicates(
            ["user_id", "item_id"], keep="last"
        )
        codes = rows["response_code"]  # a reserved code (-92, -94...) is a value people can be told apart by
        wide = pd.DataFrame(
            {
                "user_id": rows["user_id"],
                "variable": rows["item_id"].map({e.item_id: e.variable for e in identifying}),
                "code": codes,
            }
        ).pivot(index="user_id", columns="variable", values="code")
        return wide, [e.variable for e in sorted(identifying, key=lambda e: e.variable)]

    # -- tables ---------------------------------------------------------------------------------

    def build(self):
        people = self.participants()
        pids = dict(zip(people["user_id"], people["pid"], strict=True))
        long = self.long(pids)
        survey_qi, survey_names = self.survey_quasi_identifiers(long)
        qi_frame = people.set_index("user_id")[privacy.QUASI_IDENTIFIERS].join(survey_qi, how="left")
        quasi = [*privacy.QUASI_IDENTIFIERS[:4], *survey_names, *privacy.QUASI_IDENTIFIERS[4:]]
        for name in quasi:
            if name not in qi_frame:
                qi_frame[name] = np.nan
        generalised, kept, report = privacy.anonymise(
            qi_frame[quasi],
            quasi,
            self.k,
            local=privacy.QUASI_IDENTIFIERS,
            max_local_share=settings.SAUAT_RESEARCH_MAX_WITHHELD_SHARE,
        )
        self.levels = report["levels"]
        kept_users = set(qi_frame.index[kept]) if len(qi_frame) else set()
        people = people[people["user_id"].isin(kept_users)].copy()
        for name in privacy.QUASI_IDENTIFIERS:
            if name in generalised:
                people[name] = people["user_id"].map(generalised[name])
        long = long[long["user_id"].isin(kept_users)]
        removed_survey = [name for name in survey_names if name in report["removed_variables"]]
        if removed_survey:
            removed_ids = [e.item_id for e in self.entries.values() if e.variable in removed_survey]
            long = long[~long["item_id"].isin(removed_ids)]
            self.entries = {pk: e for pk, e in self.entries.items() if pk not in removed_ids}
        if not self.spec.get("free_text"):
            text_ids = [pk for pk, e in self.entries.items() if e.free_text]
            self.facts["removed_variables"] += sorted(self.entries[pk].variable for pk in text_ids)
            long = long[~long["item_id"].isin(text_ids)]
            self.entries = {pk: e for pk, e in self.entries.items() if pk not in text_ids}
        if self.spec.get("free_text"):
            long = long.assign(response_text=long["response_text"].map(privacy.clean_text))
        self.facts["anonymity"] = report
        long = long.sort_values(["pid", "phase", "instrument", "number", "position"], key=_sort_key).reset_index(
            drop=True
        )
        tables = [self.participants_table(people), self.long_table(long)]
        tables += self.wide_tables(long)
        tables += [self.scores_table(long), *self.gain_tables(long), *self.item_tables(long)]
        self.facts["participants"] = len(people)
        self.facts["responses"] = len(long)
        return tables, self.facts

    def participants_table(self, people):
        frame = people.sort_values("pid")
        columns = ["pid", *[name for name in privacy.QUASI_IDENTIFIERS if name in frame and not self._removed(name)]]
        columns.append("consent_version")
        variables = []
        for name in columns:
            variable = fixed(name)
            if name == "age_band":
                variable.values = privacy.coarse_age_labels() if self.levels.get(name) == 1 else AGE_LABELS
                variable.measure = "ordinal"
            elif name == "gender":
                variable.values = GENDER_LABELS
            elif name == "region_type":
                variable.values = REGION_LABELS
            elif name == "pref_lang":
                variable.values = {code: trilingual(label) for code, label in LANGUAGE_LABELS.items()}
            elif name == "university":
                names = dict(University.objects.values_list("slug", "name_kk"))
                variable.values = {
                    code: trilingual(names.get(slug, slug)) for slug, code in self.university_codes.items()
                }
            elif name == "cohort":
                names = dict(Cohort.objects.filter(pk__in=list(self.cohort_codes)).values_list("pk", "name"))
                variable.values = {code: trilingual(names.get(pk, "")) for pk, code in self.cohort_codes.items()}
            variable.identifying = name in privacy.QUASI_IDENTIFIERS
            if variable.identifying:
                variable.universe = str(WITHHELD)
            variables.append(variable)
        frame = frame[columns].reset_index(drop=True)
        for name in columns[1:]:
            frame[name] = frame[name].astype("Int64")
        return Table("participants", trilingual(_("Participants")), frame, variables, ["pid"])

    def _removed(self, name):
        level = self.levels.get(name, 0)
        return bool(level) and privacy.ladder(name)[level] is None

    def long_table(self, long):
        columns = ["pid", "instrument", "instrument_version", "phase", "form", "attempt_no", "item", "item_version"]
        columns += ["resp_lang", "response_code", "response_codes"]
        if self.spec.get("free_text"):
            columns.append("response_text")
        columns += ["score", "max_score", "correct", "day"]
        frame = long.rename(columns={"number": "attempt_no", "language": "resp_lang", "is_correct": "correct"})
        frame = frame[columns].copy()
        for name in ("attempt_no", "item_version", "correct", "day"):
            frame[name] = frame[name].astype("Int64")
        variables = [fixed(name) for name in columns]
        table = Table("responses_long", trilingual(_("Answers, one row per question asked")), frame, variables)
        table.variable("response_code").missing = True
        table.primary_key = ["pid", "instrument", "attempt_no", "item"]
        return table

    def wide_tables(self, long):
        tables = []
        for assessment_id, info in sorted(
            self.instruments.items(), key=lambda kv: (PHASE_ORDER[kv[1]["phase"]], kv[1]["slug"])
        ):
            rows = long[long["assessment_id"] == assessment_id]
            if rows.empty:
                continue
            latest = rows.groupby("pid")["number"].transform("max")
            rows = rows[rows["number"] == latest]
            order = rows.groupby("item_id")["position"].min().sort_values(kind="stable")
            entries = [self.entries[pk] for pk in sorted(order.index, key=lambda pk: (order[pk], self.entries[pk].key))]
            head = rows.drop_duplicates("pid").set_index("pid").sort_index()
            frame = pd.DataFrame(index=head.index)
            frame["attempt_no"] = head["number"].astype("Int64")
            frame["form"] = head["form"]
            frame["resp_lang"] = head["language"]
            frame["day"] = head["day"].astype("Int64")
            variables = [fixed("pid"), fixed("attempt_no"), fixed("form"), fixed("resp_lang"), fixed("day")]
            label = f"{info['slug']}@{self.instrument_versions[assessment_id]}"
            if info["phase"] == "survey":
                universe = str(_("Everyone who answered this survey; -92 when skipped"))
            else:
                universe = str(_("People whose form had this question; -91 for the other parallel form"))
            for entry in entries:
                own = rows[rows["item_id"] == entry.item_id].set_index("pid")
                metas = entry.variable_meta(label)
                for meta in metas:
                    meta.universe = universe
                if entry.graded:
                    values = own["score"].where(own["answered"], UNANSWERED)
                    frame[entry.variable] = values.reindex(frame.index).fillna(NOT_ASKED)
                elif entry.free_text:
                    frame[entry.variable] = own["response_text"].astype(object).reindex(frame.index).fillna("")
                elif entry.multi:
                    self._multi_columns(frame, entry, own)
                else:
                    values = own["response_code"].reindex(frame.index).fillna(NOT_ASKED)
                    frame[entry.variable] = values.astype("Int64") if entry.kind != "number" else values
                variables += metas
            frame = frame.reset_index()
            name = "wide_" + info["slug"].replace("-", "_")
            title = {
                code: f"{text} — {info['title'][code] or info['title']['kk']}"
                for code, text in trilingual(_("One row per participant (latest attempt)")).items()
            }
            tables.append(Table(name, title, frame, variables, ["pid"]))
        return tables

    def _multi_columns(self, frame, entry, own):
        special = own["response_code"].where(own["response_code"] < 0)
        texts = own["response_codes"].astype(object)
        summary = texts.where(special.isna(), special.astype("Int64").astype(str))
        frame[entry.variable] = summary.reindex(frame.index).fillna(str(NOT_ASKED))
        chosen = texts.str.split()
        for code in entry.labels:
            dummy = chosen.map(lambda codes, code=str(code): 1 if codes and code in codes else 0)
            dummy = dummy.where(special.isna(), special)
            dummy = dummy.where(own["answered"], UNANSWERED)
            frame[entry.dummy(code)] = dummy.reindex(frame.index).fillna(NOT_ASKED).astype("Int64")

    def scores_table(self, long):
        attempts = self.source.attempts
        people = long.drop_duplicates("user_id")[["user_id", "pid"]]
        attempts = attempts[attempts["user_id"].isin(people["user_id"].to_numpy())].copy()
        attempts["phase"] = attempts["assessment_id"].map({pk: row["phase"] for pk, row in self.instruments.items()})
        attempts = attempts[attempts["phase"] != "survey"]
        first = long.groupby("user_id")["started_at"].min()
        frame = pd.DataFrame(
            {
                "pid": attempts["user_id"].map(dict(zip(people["user_id"], people["pid"], strict=True))),
                "instrument": attempts["assessment_id"].map({pk: row["slug"] for pk, row in self.instruments.items()}),
                "phase": attempts["phase"],
                "attempt_no": attempts["number"].astype("Int64"),
                "form": attempts["form"],
                "raw": attempts["score"],
                "max": attempts["max_score"],
                "pct": attempts["percent"],
                "day": _days_since(attempts["started_at"], attempts["user_id"].map(first.to_dict())),
            }
        )
        frame = frame.sort_values(["pid", "phase", "instrument", "attempt_no"], key=_sort_key).reset_index(drop=True)
        variables = [fixed(name) for name in frame.columns]
        return Table(
            "scores",
            trilingual(_("Test scores, one row per attempt")),
            frame,
            variables,
            ["pid", "instrument", "attempt_no"],
        )

    # -- gains and item statistics --------------------------------------------------------------

    def families(self):
        """{family name: (pre-test id, post-test id)}: the pre- and post-test of one blueprint."""
        pre = {row["blueprint_id"]: row for row in self.instruments.values() if row["phase"] == "pre"}
        post = {row["blueprint_id"]: row for row in self.instruments.values() if row["phase"] == "post"}
        return {
            (pre[b]["course"] or pre[b]["slug"]): (pre[b]["id"], post[b]["id"])
            for b in sorted(set(pre) & set(post), key=lambda b: pre[b]["slug"])
        }

    def gain_tables(self, long):
        scores = long.drop_duplicates("attempt_id")[
            [
                "attempt_id",
                "pid",
                "assessment_id",
                "number",
                "submitted_at",
                "started_at",
                "form",
                "percent",
                "language",
            ]
        ]
        cohorts = self.participants_cohorts(long)
        gains, summary = [], []
        for family, (pre_id, post_id) in self.families().items():
            pre = (
                scores[scores["assessment_id"] == pre_id]
                .sort_values(["pid", "number"])
                .drop_duplicates("pid", keep="last")
            )
            post = (
                scores[scores["assessment_id"] == post_id]
                .sort_values(["pid", "number"])
                .drop_duplicates("pid", keep="last")
            )
            matched = pre.merge(post, on="pid", suffixes=("_pre", "_post"))
            g = gain_stats.normalized_gain(matched["percent_pre"], matched["percent_post"])
            c = gain_stats.normalized_change(matched["percent_pre"], matched["percent_post"])
            gains.append(
                pd.DataFrame(
                    {
                        "pid": matched["pid"],
                        "family": family,
                        "pre_pct": matched["percent_pre"],
                        "post_pct": matched["percent_post"],
                        "raw_gain": matched["percent_post"] - matched["percent_pre"],
                        "g_ind": np.round(g, 6),
                        "c_mc": np.round(c, 6),
                        "days_between": (matched["started_at_post"] - matched["started_at_pre"]).dt.days,
                        "same_form": (matched["form_pre"] == matched["form_post"]).astype(int),
                        "pre_form": matched["form_pre"],
                        "post_form": matched["form_post"],
                    }
                )
            )
            only_pre = set(pre["pid"]) - set(post["pid"])
            only_post = set(post["pid"]) - set(pre["pid"])
            groups = [("all", matched.index)]
            matched_cohort = matched["pid"].map(cohorts)
            groups += [
                (f"cohort {int(code)}", matched.index[matched_cohort == code])
                for code in sorted(matched_cohort.dropna().unique())
            ]
            for language in ("kk", "ru", "en"):
                groups.append((f"language {language}", matched.index[matched["language_post"] == language]))
            for group, index in groups:
                subset = matched.loc[index]
                stats = gain_stats.group_gains(subset["percent_pre"], subset["percent_post"])
                if group == "all":
                    n_pre_only, n_post_only = len(only_pre), len(only_post)
                elif group.startswith("cohort"):
                    code = float(group.split()[1])
                    n_pre_only = sum(1 for pid in only_pre if cohorts.get(pid) == code)
                    n_post_only = sum(1 for pid in only_post if cohorts.get(pid) == code)
                else:
                    n_pre_only = n_post_only = None
                summary.append(
                    {
                        "family": family,
                        "group": group,
                        "n_matched": stats["n"],
                        "n_pre_only": n_pre_only,
                        "n_post_only": n_post_only,
                        "mean_pre": stats["mean_pre"],
                        "mean_post": stats["mean_post"],
                        "mean_gain": stats["mean_gain"],
                        "hake_g": stats["hake_g"],
                        "mean_g": stats["mean_g"],
                        "mean_c": stats["mean_c"],
                        "d_z": stats["d_z"],
                        "g_z": stats["g_z"],
                        "g_z_lo": stats["g_z_ci"][0],
                        "g_z_hi": stats["g_z_ci"][1],
                        "d_av": stats["d_av"],
                        "g_av": stats["g_av"],
                        "t": stats["t"],
                        "p_t": stats["p_t"],
                        "p_wilcoxon": stats["p_wilcoxon"],
                        "formula_ids": "gain hake_g mean_g mean_c d_z g_z d_av g_av t p_wilcoxon",
                    }
                )
        columns = ["pid", "family", "pre_pct", "post_pct", "raw_gain", "g_ind", "c_mc", "days_between", "same_form"]
        columns += ["pre_form", "post_form"]
        frame = pd.concat(gains, ignore_index=True) if gains else pd.DataFrame(columns=columns)
        frame = frame.sort_values(["pid", "family"]).reset_index(drop=True)
        frame["days_between"] = frame["days_between"].astype("Int64")
        frame["same_form"] = frame["same_form"].astype("Int64")
        gain_table = Table(
            "gains",
            trilingual(_("Pre/post gains, one row per participant and test family (matched pairs only)")),
            frame,
            [fixed(name) for name in columns],
            ["pid", "family"],
        )
        summary_columns = ["family", "group", "n_matched", "n_pre_only", "n_post_only", "mean_pre", "mean_post"]
        summary_columns += ["mean_gain", "hake_g", "mean_g", "mean_c", "d_z", "g_z", "g_z_lo", "g_z_hi", "d_av", "g_av"]
        summary_columns += ["t", "p_t", "p_wilcoxon", "formula_ids"]
        summary = pd.DataFrame(summary, columns=summary_columns)
        for name in ("n_pre_only", "n_post_only"):
            summary[name] = summary[name].astype("Float64")
        summary = privacy.suppress_rows(summary, "n_matched", self.k, keep=("family", "group", "formula_ids"))
        for name in ("n_matched", "n_pre_only", "n_post_only"):
            summary[name] = summary[name].astype("Float64").round().astype("Int64")
        for name in ("n_pre_only", "n_post_only"):  # counts 1..k-1 hidden; zero may be shown
            summary[name] = summary[name].mask(summary[name].fillna(0).between(1, self.k - 1))
        variables = [fixed(name) for name in [*summary_columns, "suppressed"]]
        summary_table = Table(
            "cohort_summary",
            trilingual(_("Gains per test family and group, suppressed below the minimum group size")),
            summary,
            variables,
            ["family", "group"],
        )
        return [gain_table, summary_table]

    def participants_cohorts(self, long):
        users = long.drop_duplicates("user_id")
        memberships = self.source.memberships.set_index("user_id")["cohort_id"]
        return dict(zip(users["pid"], users["user_id"].map(memberships).map(self.cohort_codes), strict=True))

    def item_tables(self, long):
        graded = long[long["graded"] & long["phase"].isin(["pre", "post", "quiz"])]
        latest = graded.groupby(["pid", "assessment_id"])["number"].transform("max")
        graded = graded[graded["number"] == latest]
        item_rows, reliability = [], []
        for assessment_id in sorted(graded["assessment_id"].unique(), key=lambda pk: self.instruments[pk]["slug"]):
            rows = graded[graded["assessment_id"] == assessment_id]
            slug = self.instruments[assessment_id]["slug"]
            matrix = rows.pivot_table(index="pid", columns="item", values="score", aggfunc="first")
            languages = rows.drop_duplicates("pid").set_index("pid")["language"].reindex(matrix.index)
            for language in ("all", "kk", "ru", "en"):
                subset = matrix if language == "all" else matrix[languages == language]
                stats = item_stats.item_statistics(subset.to_numpy(float))
                for key, row in zip(subset.columns, stats, strict=True):
                    item_rows.append(
                        {
                            "instrument": slug,
                            "item": key,
                            "language": language,
                            "n": row["n"],
                            "facility": row["facility"],
                            "discrimination": row["discrimination"],
                            "flags": " ".join(item_stats.flags(row)),
                        }
                    )
            forms = rows.drop_duplicates("pid").set_index("pid")["form"].reindex(matrix.index)
            for form in sorted(forms.dropna().unique()):
                block = matrix[forms == form].dropna(axis=1, how="all").dropna(axis=0)
                stats = item_stats.test_statistics(block.to_numpy(float))
                reliability.append(
                    {
                        "instrument": slug,
                        "form": form,
                        **{name: stats[name] for name in ("n", "k", "alpha", "kr20", "sem", "mean", "sd")},
                    }
                )
        item_columns = ["instrument", "item", "language", "n", "facility", "discrimination", "flags"]
        frame = pd.DataFrame(item_rows, columns=item_columns)
        frame = privacy.suppress_rows(frame, "n", self.k, keep=("instrument", "item", "language"))
        frame["n"] = frame["n"].astype("Float64").round().astype("Int64")
        item_table = Table(
            "item_stats",
            trilingual(_("Item statistics per instrument, question and answer language")),
            frame,
            [fixed(name) for name in [*item_columns, "suppressed"]],
            ["instrument", "item", "language"],
        )
        rel_columns = ["instrument", "form", "n", "k", "alpha", "kr20", "sem", "mean", "sd"]
        rel = pd.DataFrame(reliability, columns=rel_columns)
        rel = privacy.suppress_rows(rel, "n", self.k, keep=("instrument", "form", "k"))
        for name in ("n", "k"):
            rel[name] = rel[name].astype("Float64").round().astype("Int64")
        rel_table = Table(
            "reliability",
            trilingual(_("Reliability per instrument and form")),
            rel,
            [fixed(name) for name in [*rel_columns, "suppressed"]],
            ["instrument", "form"],
        )
        return [item_table, rel_table]


def _days_since(times, starts):
    """Whole days from ``starts`` to ``times`` (an empty series where there is nothing)."""
    if times.empty:
        return pd.Series([], index=times.index, dtype="Int64")
    return (times - pd.to_datetime(starts, utc=True)).dt.days.astype("Int64")


def _sort_key(column):
    if column.name == "phase":
        return column.map(PHASE_ORDER)
    return column


def build(source, entries, project, spec, k):
    return Builder(source, entries, project, spec, k).build()


__all__ = ["Variable", "build"]
