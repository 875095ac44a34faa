"""Reports for the dashboards: plain, JSON-serialisable dicts, already small-cell suppressed and cached.

The caller decides who may see what (``cohort_ids``); nothing here checks permissions.
Interface: /work/brief/interface.md (gains_report, score_distributions, item_quality_report).
"""

import hashlib
import json

import pandas as pd

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from accounts.models import User
from cms.i18n import pick
from courses.models import CoursePage, Topic
from universities.models import Cohort, University

from . import aggregates, datasets
from .stats import cbm, dif, gains, items
from .suppression import is_small, suppress_row, suppress_rows

GROUPINGS = ("course", "cohort", "university", "language", "settlement_type", "age_band", "gender", "topic")
PHASES = ("pre", "post", "quiz")
REFERENCE_LANGUAGE = "kk"
MH_BANDS = 4  # total-score bands for Mantel-Haenszel strata (exact scores leave strata too thin)
CALIBRATION_KEEP = ("confidence", "expected_min")

FLAG_LABELS = {
    "too_easy": gettext_lazy("Too easy"),
    "too_hard": gettext_lazy("Too hard"),
    "low_discrimination": gettext_lazy("Low discrimination"),
    "negative_discrimination": gettext_lazy("Negative discrimination"),
    "translation_bias": gettext_lazy("Possible translation bias"),
}


class ReportError(ValueError):
    """Bad report parameters; the message is safe to show."""


# -- caching ------------------------------------------------------------------------------------


def _cached(name, params, build):
    """``build()`` cached under a key of the report, its parameters, the language and the data version."""
    version = datasets.data_version()
    raw = json.dumps([name, params, get_language(), version], sort_keys=True, default=str)
    key = "analytics:report:" + hashlib.sha256(raw.encode()).hexdigest()[:40]
    result = cache.get(key)
    if result is None:
        result = build()
        cache.set(key, result, getattr(settings, "SAUAT_ANALYTICS_CACHE_SECONDS", 600))
    return result


def _cohort_list(cohort_ids):
    if cohort_ids is None:
        return None
    try:
        return sorted({int(pk) for pk in cohort_ids})
    except (TypeError, ValueError):
        raise ReportError(_("Cohorts must be given by their numeric ids.")) from None


def _course_key(course_key):
    if course_key in (None, ""):
        return None
    import uuid

    try:
        return str(uuid.UUID(str(course_key)))
    except ValueError:
        raise ReportError(_("Unknown course.")) from None


# -- labels -------------------------------------------------------------------------------------


def _course_labels(keys):
    language = get_language() or settings.LANGUAGE_CODE
    rank = {language: 0, settings.LANGUAGE_CODE: 1}
    best = {}
    pages = CoursePage.objects.filter(translation_key__in=list(keys)).values_list(
        "translation_key", "title", "locale__language_code"
    )
    for key, title, code in pages:
        order = rank.get(code, 2)
        if str(key) not in best or order < best[str(key)][0]:
            best[str(key)] = (order, title)
    return {key: title for key, (_order, title) in best.items()}


def _labels(by, keys):
    keys = [key for key in keys if key not in (None, "")]
    if by == "course":
        return _course_labels(keys)
    if by == "cohort":
        return dict(Cohort.objects.filter(pk__in=keys).values_list("pk", "name"))
    if by == "university":
        return {u.pk: u.name for u in University.objects.filter(pk__in=keys)}
    if by == "topic":
        return {t.pk: pick(t, "name") for t in Topic.objects.filter(pk__in=keys)}
    choices = {
        "language": dict(User.Language.choices),
        "settlement_type": dict(User.Settlement.choices),
        "age_band": dict(User.AgeBand.choices),
        "gender": dict(User.Gender.choices),
    }[by]
    return {key: str(choices.get(key, key)) for key in keys}


# -- gains --------------------------------------------------------------------------------------


def _group_row(group, label, frame):
    matched = frame.dropna(subset=["pre", "post"])
    stats = gains.group_gains(matched["pre"].to_numpy(), matched["post"].to_numpy())
    row = {
        "group": group,
        "label": label,
        "n": stats.pop("n"),
        "n_pre_only": int((frame["pre"].notna() & frame["post"].isna()).sum()),
        "n_post_only": int((frame["pre"].isna() & frame["post"].notna()).sum()),
        **stats,
        "mastery": gains.mastery(matched["pre"].to_numpy(), matched["post"].to_numpy()),
    }
    return suppress_row(row)


def _grouped(frame, by, cohort_ids, course_key):
    """``frame`` (user_id, course_key, pre, post, language) with a ``group`` column; rows may repeat
    for learners in several cohorts."""
    if by == "course":
        return frame.assign(group=frame["course_key"])
    if by == "language":
        return frame.assign(group=frame["language"])
    user_query = datasets.attempt_users(course_key=course_key, cohort_ids=cohort_ids)
    if by in ("settlement_type", "age_band", "gender"):
        learners = datasets.learners_frame(user_query).set_index("user_id")[by]
        group = frame["user_id"].map(learners).fillna("")
        return frame.assign(group=group)[group != ""]
    if by == "topic":
        topics = dict(
            CoursePage.objects.filter(translation_key__in=frame["course_key"].unique().tolist())
            .exclude(topic=None)
            .values_list("translation_key", "topic_id")
        )
        topics = {str(key): value for key, value in topics.items()}
        group = frame["course_key"].map(topics)
        return frame.assign(group=group).dropna(subset=["group"]).astype({"group": int})
    memberships, cohort_courses = datasets.memberships_frame(user_query)
    if cohort_ids is not None:
        memberships = memberships[memberships["cohort_id"].isin(cohort_ids)]
    joined = frame.merge(memberships, on="user_id", how="inner")
    # A cohort's gains count only the courses the cohort takes (when it lists any).
    if len(joined):
        listed = [(cohort, key) for cohort, keys in cohort_courses.items() if keys for key in keys]
        pairs = pd.MultiIndex.from_arrays([joined["cohort_id"], joined["course_key"]])
        takes = ~joined["cohort_id"].isin([cohort for cohort, keys in cohort_courses.items() if keys])
        takes |= pairs.isin(pd.MultiIndex.from_tuples(listed, names=pairs.names)) if listed else False
        joined = joined[takes.to_numpy()]
    column = "cohort_id" if by == "cohort" else "university_id"
    joined = joined.drop_duplicates(["user_id", "course_key", column])
    return joined.assign(group=joined[column].astype(int))


def gains_report(*, course_key=None, cohort_ids=None, university_id=None, by="course"):
    if by not in GROUPINGS:
        raise ReportError(_("Unknown grouping: %(by)s.") % {"by": by})
    course_key = _course_key(course_key)
    cohort_ids = _cohort_list(cohort_ids)
    if university_id is not None:
        try:
            university_id = int(university_id)
        except (TypeError, ValueError):
            raise ReportError(_("Unknown university.")) from None
    params = {"course_key": course_key, "cohort_ids": cohort_ids, "university_id": university_id, "by": by}
    return _cached("gains", params, lambda: _gains_report(**params))


def _gains_report(*, course_key, cohort_ids, university_id, by):
    if university_id is not None:
        in_university = list(Cohort.objects.filter(university_id=university_id).values_list("pk", flat=True))
        cohort_ids = in_university if cohort_ids is None else sorted(set(cohort_ids) & set(in_university))
    frame = datasets.matched_frame(datasets.attempts_frame(course_key=course_key, cohort_ids=cohort_ids))
    groups = []
    if not frame.empty:
        grouped = _grouped(frame, by, cohort_ids, course_key)
        keys = list(dict.fromkeys(grouped["group"].tolist()))
        labels = _labels(by, keys)
        for key, part in grouped.groupby("group", sort=False):
            groups.append(_group_row(key, labels.get(key, str(key)), part))
        groups.sort(key=lambda row: str(row["label"]))
    overall = _group_row("all", _("All learners"), frame if not frame.empty else _empty_pairs())
    return {"by": by, "formulas": gains.FORMULAS, "groups": groups, "overall": overall}


def _empty_pairs():
    return pd.DataFrame({"pre": pd.Series(dtype=float), "post": pd.Series(dtype=float)})


def score_distributions(*, course_key=None, cohort_ids=None):
    params = {"course_key": _course_key(course_key), "cohort_ids": _cohort_list(cohort_ids)}

    def build():
        frame = datasets.matched_frame(datasets.attempts_frame(**params)).dropna(subset=["pre", "post"])
        n = len(frame)
        if is_small(n):
            return {"pre": [], "post": [], "n": None, "suppressed": True}
        return {
            "pre": [round(float(v), 2) for v in sorted(frame["pre"])],
            "post": [round(float(v), 2) for v in sorted(frame["post"])],
            "n": n,
            "suppressed": False,
        }

    return _cached("distributions", params, build)


# -- item quality -------------------------------------------------------------------------------


def item_quality_report(*, course_key=None, language=None, phase="post", cohort_ids=None):
    if phase is not None and phase not in PHASES:
        raise ReportError(_("Unknown phase: %(phase)s.") % {"phase": phase})
    if language is not None and language not in dict(settings.LANGUAGES):
        raise ReportError(_("Unknown language: %(language)s.") % {"language": language})
    params = {
        "course_key": _course_key(course_key),
        "language": language,
        "phase": phase,
        "cohort_ids": _cohort_list(cohort_ids),
    }
    return _cached("items", params, lambda: _item_quality_report(**params))


def _item_titles(item_ids):
    from quizzes.models import Item

    return {
        item.pk: (item.key, pick(item, "stem")[:120])
        for item in Item.objects.filter(pk__in=list(item_ids)).only("pk", "key", "stem_kk", "stem_ru", "stem_en")
    }


def _item_quality_report(*, course_key, language, phase, cohort_ids):
    from quizzes.models import Assessment

    sums, confidence_counts = aggregates.answer_sums(
        phase=phase, course_key=course_key, cohort_ids=cohort_ids, language=language, mh_bands=MH_BANDS
    )
    result = {"tests": [], "items": [], "bias": [], "calibration": [], "formulas": {**items.FORMULAS, **dif.FORMULAS}}
    result["formulas"].update(cbm.FORMULAS)
    if sums.empty:
        result["calibration"] = suppress_rows(cbm.calibration([], [], []), n_key="n_learners", keep=CALIBRATION_KEEP)
        return result
    titles = _item_titles(sums["item_id"].unique())
    assessments = {
        pk: (slug, kind)
        for pk, slug, kind in Assessment.objects.filter(pk__in=sums["assessment_id"].unique().tolist()).values_list(
            "pk", "slug", "kind"
        )
    }
    for assessment_id, block in sums.groupby("assessment_id", sort=True):
        slug, kind = assessments.get(assessment_id, (str(assessment_id), ""))
        block_phase = datasets.KIND_PHASES.get(kind, "")
        bias = {}  # per assessment: a flag on the pre-test says nothing about the post-test's rows
        for row in _bias_rows(block, titles):
            row["assessment"] = slug
            bias[row["item_id"]] = row
            result["bias"].append(row)
        languages = [None, *sorted(block["language"].unique())]
        for code in languages:
            if language is not None and code not in (None, language):
                continue
            part = block if code is None else block[block["language"] == code]
            per_item = part.groupby("item_id", sort=True)[list(SUM_COLUMNS)].sum()
            stats_rows = items.item_statistics_from_sums(per_item.itertuples(index=False, name=None))
            for item_id, stats in zip(per_item.index, stats_rows, strict=True):
                key, title = titles.get(item_id, ("", ""))
                dif_class = (bias.get(item_id) or {}).get("flag")
                if code not in (None, REFERENCE_LANGUAGE) and bias.get(item_id, {}).get("focal") != code:
                    dif_class = None
                row = {
                    "item_id": int(item_id),
                    "item_key": key,
                    "title": title,
                    "assessment": slug,
                    "phase": block_phase,
                    "language": code or "all",
                    **stats,
                    "dif_class": dif_class,
                }
                row["flags"] = items.flags(row)
                result["items"].append(suppress_row(row, keep=("item_id", "item_key", "title", "flags")))
            for form, form_part in part.groupby("form", sort=True):
                row = {
                    "assessment": slug,
                    "phase": block_phase,
                    "language": code or "all",
                    "form": form,
                    **_test_statistics(form_part),
                }
                result["tests"].append(suppress_row(row))
    # Small-cell rule on people, not answers: a level is shown only if MIN_CELL learners used it.
    result["calibration"] = suppress_rows(
        cbm.calibration_from_counts(confidence_counts), n_key="n_learners", keep=CALIBRATION_KEEP
    )
    return result


SUM_COLUMNS = ("n", "sx", "sxx", "s_total", "s_total2", "sx_total")


def _test_statistics(form_part, digits=items.DIGITS):
    """Reliability of one form: only the attempts that answered every item seen on it (a complete block)."""
    k = form_part["item_id"].nunique()
    complete = form_part[form_part["k"] == k]
    per_item = complete.groupby("item_id", sort=True)[list(SUM_COLUMNS)].sum()
    per_item = per_item.reindex(sorted(form_part["item_id"].unique()), fill_value=0)
    n = int(per_item["n"].iloc[0])  # every complete attempt has every item
    item_sums = list(per_item[["sx", "sxx", "sx_total"]].itertuples(index=False, name=None))
    return items.test_statistics_from_sums(
        n, item_sums, float(per_item["s_total"].iloc[0]), float(per_item["s_total2"].iloc[0]), digits=digits
    )


def _bias_rows(block, titles):
    """Mantel-Haenszel per item, reference Kazakh against each other language. Strata = form and band
    of the raw total score (MH_BANDS equal-width bands of 0..k). Only the worst focal language per item
    is kept (largest |delta|). ``block`` holds one assessment's item-sum rows of ``aggregates.answer_sums``."""
    worst = {}
    counts = block.groupby(["item_id", "language", "form", "band", "correct"], sort=True)["n"].sum()
    for focal in sorted(set(block["language"].unique()) - {REFERENCE_LANGUAGE}):
        pair_rows = []
        for item_id in sorted(block["item_id"].unique()):
            tables, n_ref, n_focal = _strata_tables(counts, item_id, focal)
            if is_small(n_ref) or is_small(n_focal):
                continue
            mh = dif.mantel_haenszel_tables(tables, n_ref=n_ref, n_focal=n_focal)
            if mh["delta_mh"] is None:
                continue
            key, title = titles.get(item_id, ("", ""))
            row = {
                "item_id": int(item_id),
                "item_key": key,
                "title": title,
                "reference": REFERENCE_LANGUAGE,
                "focal": focal,
                "alpha_mh": mh["alpha_mh"],
                "delta_mh": mh["delta_mh"],
                "p": mh["p"],
                "flag": mh["flag"],
                "n_ref": mh["n_ref"],
                "n_focal": mh["n_focal"],
            }
            pair_rows.append(row)
        for row in dif.classify_with_fdr(pair_rows):
            current = worst.get(row["item_id"])
            if current is None or abs(row["delta_mh"]) > abs(current["delta_mh"]):
                worst[row["item_id"]] = row
    return sorted(worst.values(), key=lambda row: -abs(row["delta_mh"]))


def _strata_tables(counts, item_id, focal):
    """[(A, B, C, D) per (form, band) stratum], n reference, n focal for one item (from grouped counts)."""
    cells = {}
    n = {REFERENCE_LANGUAGE: 0, focal: 0}
    for language in (REFERENCE_LANGUAGE, focal):
        try:
            part = counts.loc[(item_id, language)]
        except KeyError:
            continue
        for (form, band, correct), count in part.items():
            cell = cells.setdefault((form, band), [0, 0, 0, 0])
            offset = 0 if language == REFERENCE_LANGUAGE else 2
            cell[offset + (0 if correct else 1)] += int(count)
            n[language] += int(count)
    return [tuple(cell) for _stratum, cell in sorted(cells.items())], n[REFERENCE_LANGUAGE], n[focal]
