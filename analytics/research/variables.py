"""Variables and tables of a Research Data Package, with their labels in kk, ru and en.

Every column of every table is a ``Variable``: name, type, trilingual label, value labels, whether the
reserved missing codes can occur (research-export.md §6.4), provenance. The codebook, the Table Schema
in ``datapackage.json``, the SPSS/Stata labels and the R loader are all written from these objects.
"""

from dataclasses import dataclass, field

import pandas as pd

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cms.i18n import LANGUAGE_CODES

#: The reserved missing codes: never a real answer value. SPSS takes them as one user-missing range
#: (-96..-91); Stata gets the extended missing values .a-.f; Frictionless labelled missingValues.
RESERVED = {
    -91: ("a", _("Not asked (not on this person's form or skipped by routing)")),
    -92: ("b", _("Seen but not answered")),
    -93: ("c", _("Don't know")),
    -94: ("d", _("Prefer not to say")),
    -95: ("e", _("Not applicable")),
    -96: ("f", _("Technical error or lost")),
}
NOT_ASKED, UNANSWERED, DONT_KNOW, PREFER_NOT = -91, -92, -93, -94
SPECIAL_CODES = {"dont_know": DONT_KNOW, "prefer_not": PREFER_NOT}
SYSTEM_MISSING_LABEL = _("System missing: the person never reached this instrument")

LANGUAGE_VALUES = {1: "kk", 2: "ru", 3: "en"}
LANGUAGE_LABELS = {1: _("Kazakh"), 2: _("Russian"), 3: _("English")}


def trilingual(text) -> dict:
    """{"kk": ..., "ru": ..., "en": ...} of a lazy translatable text (or a plain string, repeated)."""
    out = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            out[code] = str(text)
    return out


def reserved_labels() -> dict:
    return {code: trilingual(label) for code, (_letter, label) in RESERVED.items()}


@dataclass
class Variable:
    name: str
    type: str  # "string", "integer" or "number" (Frictionless field types)
    label: dict
    question: dict = field(default_factory=dict)
    values: dict = field(default_factory=dict)  # code -> {"kk", "ru", "en"}
    measure: str = "nominal"  # nominal, ordinal or scale (SPSS measurement level)
    missing: bool = False  # the reserved codes may occur
    universe: str = ""
    instrument: str = ""
    item: str = ""
    legal_source: str = ""
    derived_from: str = ""
    formula_id: str = ""
    translation_status: str = ""
    versions: tuple = ()
    identifying: bool = False

    @property
    def coded(self):
        return bool(self.values) or self.missing

    def value_labels(self, language="kk", *, with_reserved=True) -> dict:
        labels = {code: texts.get(language) or texts.get("kk", "") for code, texts in self.values.items()}
        if with_reserved and self.missing:
            labels.update({code: texts[language] for code, texts in reserved_labels().items()})
        return labels


@dataclass
class Table:
    name: str
    title: dict
    frame: pd.DataFrame
    variables: list
    primary_key: list = field(default_factory=list)
    description: dict = field(default_factory=dict)

    def variable(self, name):
        return next(variable for variable in self.variables if variable.name == name)


# Labels of the fixed (non-item) variables, in one place.
FIXED = {
    "pid": ("string", _("Participant pseudonym (keyed, this project only)")),
    "pref_lang": ("integer", _("Preferred language of the account")),
    "age_band": ("integer", _("Age group")),
    "gender": ("integer", _("Gender")),
    "region_type": ("integer", _("City or village")),
    "university": ("integer", _("University")),
    "cohort": ("integer", _("Cohort (group of students)")),
    "consent_version": ("integer", _("Version of the research consent agreed to")),
    "instrument": ("string", _("Instrument (assessment or survey)")),
    "instrument_version": ("string", _("Instrument version: fingerprint of the question versions administered")),
    "phase": ("string", _("Phase: pre, post, quiz or survey")),
    "form": ("string", _("Parallel form of the test (A or B)")),
    "attempt_no": ("integer", _("Attempt number")),
    "item": ("string", _("Question key")),
    "item_version": ("integer", _("Question version")),
    "resp_lang": ("string", _("Language the person answered in")),
    "response_code": ("number", _("Answer code (see the question's value labels), number given, or reserved code")),
    "response_codes": ("string", _("Options chosen (codes separated by spaces) for multiple-choice questions")),
    "response_text": ("string", _("Free-text answer, personal data removed")),
    "score": ("number", _("Score")),
    "max_score": ("number", _("Maximum score")),
    "correct": ("integer", _("Answered correctly (1) or not (0)")),
    "day": ("integer", _("Day of the attempt, counted from the person's first attempt in this package (day 0)")),
    "raw": ("number", _("Raw score")),
    "max": ("number", _("Maximum raw score")),
    "pct": ("number", _("Percent score")),
    "family": ("string", _("Test family: the course whose pre- and post-test are compared")),
    "pre_pct": ("number", _("Pre-test percent score")),
    "post_pct": ("number", _("Post-test percent score")),
    "raw_gain": ("number", _("Gain in percentage points (post - pre)")),
    "g_ind": ("number", _("Individual normalised gain g")),
    "c_mc": ("number", _("Normalised change c (Marx and Cummings)")),
    "days_between": ("integer", _("Days between the pre-test and the post-test")),
    "same_form": ("integer", _("Pre- and post-test on the same form (1) or parallel forms (0)")),
    "pre_form": ("string", _("Form of the pre-test")),
    "post_form": ("string", _("Form of the post-test")),
    "language": ("string", _("Language group: kk, ru, en, or all")),
    "n": ("integer", _("Number of people")),
    "facility": ("number", _("Facility (share of the maximum score)")),
    "discrimination": ("number", _("Corrected item-total correlation")),
    "flags": ("string", _("Quality flags, separated by spaces")),
    "suppressed": ("integer", _("Suppressed because the group is smaller than the minimum (1) or not (0)")),
    "k": ("integer", _("Number of questions")),
    "alpha": ("number", _("Cronbach's alpha")),
    "kr20": ("number", _("KR-20")),
    "sem": ("number", _("Standard error of measurement (raw score points)")),
    "mean": ("number", _("Mean raw score")),
    "sd": ("number", _("Standard deviation of the raw score")),
    "group": ("string", _("Group: all, cohort code or answer language")),
    "n_matched": ("integer", _("People with both a pre-test and a post-test")),
    "n_pre_only": ("integer", _("People with a pre-test only")),
    "n_post_only": ("integer", _("People with a post-test only")),
    "mean_pre": ("number", _("Mean pre-test percent")),
    "mean_post": ("number", _("Mean post-test percent")),
    "mean_gain": ("number", _("Mean gain in percentage points")),
    "hake_g": ("number", _("Class-average normalised gain <g> (Hake)")),
    "mean_g": ("number", _("Mean of individual normalised gains")),
    "mean_c": ("number", _("Mean normalised change c")),
    "d_z": ("number", _("Cohen's d_z")),
    "g_z": ("number", _("Hedges' g_z")),
    "g_z_lo": ("number", _("Hedges' g_z, 95% interval, lower bound")),
    "g_z_hi": ("number", _("Hedges' g_z, 95% interval, upper bound")),
    "d_av": ("number", _("Cohen's d_av (mean of the two SDs)")),
    "g_av": ("number", _("Hedges' g_av")),
    "t": ("number", _("Paired t")),
    "p_t": ("number", _("p of the paired t-test (two-sided)")),
    "p_wilcoxon": ("number", _("p of the Wilcoxon signed-rank test (two-sided)")),
    "formula_ids": ("string", _("Formulas used (analysis/methods.md)")),
}
FORMULA_IDS = {
    "raw_gain": "gain",
    "g_ind": "mean_g",
    "c_mc": "mean_c",
    "hake_g": "hake_g",
    "mean_g": "mean_g",
    "mean_c": "mean_c",
    "d_z": "d_z",
    "g_z": "g_z",
    "g_z_lo": "g_z",
    "g_z_hi": "g_z",
    "d_av": "d_av",
    "g_av": "g_av",
    "t": "t",
    "p_t": "t",
    "p_wilcoxon": "p_wilcoxon",
    "facility": "facility",
    "discrimination": "discrimination",
    "alpha": "alpha",
    "kr20": "kr20",
    "sem": "sem",
}
MEASURES = {"number": "scale", "integer": "nominal", "string": "nominal"}
SCALE_INTEGERS = {"attempt_no", "item_version", "day", "days_between", "n", "k", "n_matched", "n_pre_only"}
SCALE_INTEGERS |= {"n_post_only", "consent_version"}


def fixed(name, **overrides) -> Variable:
    """The Variable of a fixed column, e.g. ``fixed("pid")``; ``overrides`` set values, missing, etc."""
    kind, label = FIXED[name]
    measure = "scale" if kind == "number" or name in SCALE_INTEGERS else "nominal"
    variable = Variable(
        name=name, type=kind, label=trilingual(label), measure=measure, formula_id=FORMULA_IDS.get(name, "")
    )
    for key, value in overrides.items():
        setattr(variable, key, value)
    return variable
