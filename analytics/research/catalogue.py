"""One entry per question in the package: its variable name, answer codes and labels, provenance.

- Names follow research-export.md §6.3: ``q_`` survey questions (the item's own variable name when an
  editor set one), ``k_`` knowledge items; ``[a-z][a-z0-9_]{0,31}``; multi-select dummies ``<var>__<code>``.
- Codes are stable across versions: option keys keep their code (1, 2, ... in the order of the newest
  version, options that only older versions had follow). A wording change is a new item version of
  the same variable; the codebook lists the versions seen.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from quizzes.models import GRADED_KINDS

from .variables import Variable, trilingual

CHOICE_KINDS = {"single", "truefalse", "choice", "likert"}
MULTI_KINDS = {"multiple", "multichoice"}
MAX_NAME = 32


@dataclass
class Entry:
    item_id: int
    key: str
    kind: str
    variable: str
    codes: dict  # option key -> code
    labels: dict  # code -> {"kk", "ru", "en"}
    stem: dict
    versions: list
    identifying: bool
    legal_source: str
    translation_status: str
    order: int = 0
    instruments: set = field(default_factory=set)

    @property
    def graded(self):
        return self.kind in GRADED_KINDS

    @property
    def free_text(self):
        """Free-text survey questions: left out unless the project is approved for free text."""
        return self.kind == "text"

    @property
    def multi(self):
        return self.kind in MULTI_KINDS

    def dummy(self, code):
        return f"{self.variable}__{code}"

    def variable_meta(self, instrument):
        """The Variable of this question in a wide table (codes, or the item score for graded items)."""
        common = {
            "question": self.stem,
            "instrument": instrument,
            "item": f"{self.key}@{','.join(str(v) for v in self.versions)}",
            "legal_source": self.legal_source,
            "translation_status": self.translation_status,
            "versions": tuple(self.versions),
            "identifying": self.identifying,
        }
        label = {code: text[:200] for code, text in self.stem.items()}
        if self.graded:
            return [Variable(self.variable, "number", label, measure="scale", missing=True, **common)]
        if self.kind == "number":
            return [Variable(self.variable, "number", label, measure="scale", missing=True, **common)]
        if self.free_text:
            return [Variable(self.variable, "string", label, **common)]
        measure = "ordinal" if self.kind == "likert" else "nominal"
        if not self.multi:
            return [
                Variable(self.variable, "integer", label, values=self.labels, measure=measure, missing=True, **common)
            ]
        summary = Variable(
            self.variable, "string", label, derived_from=" ".join(map(self.dummy, self.labels)), **common
        )
        dummies = [
            Variable(
                self.dummy(code),
                "integer",
                {lang: f"{label[lang][:150]} — {text.get(lang) or text.get('kk', '')}" for lang in label},
                values=_yes_no(),
                missing=True,
                **common,
            )
            for code, text in self.labels.items()
        ]
        return [summary, *dummies]


def _yes_no():
    return {0: trilingual(_("Not chosen")), 1: trilingual(_("Chosen"))}


def _slug(value):
    return re.sub(r"[^a-z0-9_]+", "_", value.lower()).strip("_")


def variable_name(item):
    if item["kind"] in GRADED_KINDS:
        name = "k_" + _slug(item["key"])
    else:
        name = item["variable"] or "q_" + _slug(item["key"].removeprefix("survey-"))
    if not re.match(r"^[a-z]", name):
        name = "v_" + name
    return name


def legal_source(content, acts):
    act = acts.get(content.get("legal_act"))
    if not act:
        return ""
    article = (content.get("article") or {}).get("kk") or (content.get("article") or {}).get("en", "")
    parts = [act["number"], article, act["adopted_on"].isoformat() if act.get("adopted_on") else ""]
    return "; ".join(part for part in parts if part)


def build(source) -> dict:
    """{item id: Entry} for every question in the source, with unique variable names."""
    by_item = {}
    for _version_id, version in sorted(source.versions.items()):
        if version["item_id"] in source.items:
            by_item.setdefault(version["item_id"], []).append(version)
    entries = {}
    taken = set()
    for item_id in sorted(by_item, key=lambda pk: source.items[pk]["key"]):
        item = source.items[item_id]
        versions = sorted(by_item[item_id], key=lambda v: v["number"])
        latest = versions[-1]["content"]
        keys = [option["key"] for option in latest.get("options", [])]
        for version in reversed(versions[:-1]):
            keys += [option["key"] for option in version["content"].get("options", []) if option["key"] not in keys]
        codes = {key: position for position, key in enumerate(keys, start=1)}
        labels = {}
        for version in versions:  # newest wording last, so it wins
            for option in version["content"].get("options", []):
                labels[codes[option["key"]]] = dict(option["text"])
        labels = dict(sorted(labels.items()))
        if item["kind"] not in CHOICE_KINDS | MULTI_KINDS:
            codes, labels = {}, {}
        name = variable_name(item)[: MAX_NAME - 4]
        base, n = name, 2
        while name in taken:
            name, n = f"{base[: MAX_NAME - 6]}_{n}", n + 1
        taken.add(name)
        missing_languages = [lang for lang, text in latest["stem"].items() if not text]
        entries[item_id] = Entry(
            item_id=item_id,
            key=item["key"],
            kind=item["kind"],
            variable=name,
            codes=codes,
            labels=labels,
            stem=dict(latest["stem"]),
            versions=[v["number"] for v in versions],
            identifying=bool(item["identifying"]) and item["kind"] not in GRADED_KINDS,
            legal_source=legal_source(latest, source.legal_acts),
            translation_status="missing " + ",".join(missing_languages) if missing_languages else "complete",
        )
    return entries
