"""Which questions an attempt gets, in which order: a pure function of the assessment and a seed.

The seed is stored on the attempt with the resulting layout, so every attempt can be rebuilt and
checked (``build_layout(assessment, attempt.seed, attempt.form) == attempt.layout`` while the bank
is unchanged).
"""

import random
import secrets

from .models import SURVEY_KINDS, Assessment, Item

SEED_BITS = 48


def new_seed():
    return secrets.randbits(SEED_BITS)


def form_for(assessment, seed, pre_test_form=None):
    """Pre-tests use form A or B by seed (counterbalanced); the post-test uses the other one."""
    if assessment.kind == Assessment.Kind.PRE_TEST:
        return "A" if seed % 2 == 0 else "B"
    if assessment.kind == Assessment.Kind.POST_TEST:
        return {"A": "B", "B": "A"}.get(pre_test_form or "", "B")
    return ""


def _item_ids(assessment, rng, form):
    ids = assessment.fixed_item_ids()
    if assessment.blueprint_id:
        if form:
            ids += [pk for pk in assessment.blueprint.parallel_forms()[form] if pk not in ids]
        else:
            ids += [pk for pk in assessment.blueprint.random_form(rng) if pk not in ids]
    return ids


def _keep_cases_together(items):
    """Questions of one case scenario stay next to each other, in the place of the first one."""
    ordered, seen = [], set()
    for item in items:
        if item.pk in seen:
            continue
        group = [item] if not item.scenario_id else [i for i in items if i.scenario_id == item.scenario_id]
        ordered.extend(group)
        seen.update(i.pk for i in group)
    return ordered


def build_layout(assessment, seed, form=""):
    """One entry per question: {"v": version id, "i": item id, "k": item key, "t": type,
    "options": [option keys as shown], "matches": [keys as shown], "s": survey settings}."""
    rng = random.Random(seed)  # noqa: S311 - reproducible shuffles, not security
    ids = _item_ids(assessment, rng, form)
    items_by_id = Item.objects.filter(pk__in=ids).exclude(current_version=None).select_related("current_version")
    items_by_id = {item.pk: item for item in items_by_id}
    items = [items_by_id[pk] for pk in ids if pk in items_by_id]
    if assessment.shuffle_items:
        rng.shuffle(items)
    items = _keep_cases_together(items)
    layout = []
    for item in items:
        content = item.current_version.content
        keys = [option["key"] for option in content["options"]]
        options = list(keys)
        shuffle_options = assessment.shuffle_options and content["kind"] not in ("truefalse", "likert", "short")
        if shuffle_options or content["kind"] == "ordering":
            rng.shuffle(options)
        matches = list(keys)
        rng.shuffle(matches)
        entry = {"v": item.current_version_id, "i": item.pk, "k": item.key, "t": content["kind"]}
        entry.update(options=options, matches=matches)
        if content["kind"] in SURVEY_KINDS:
            entry["s"] = content["survey"]
        layout.append(entry)
    return layout
