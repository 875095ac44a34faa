"""Simulated learners with known BKT parameters (docs/tutor.md, "Evaluation").

- ``recovery``: simulate answer sequences, fit them by EM, report the largest parameter error.
- ``compare_paths``: a course of several skills; every simulated learner either follows the fixed
  order (the same number of questions per skill for everybody) or the adaptive path (practise a
  skill until the model says "mastered", skip it at once when the pre-test shows it is known).
  The fixed order gets the smallest per-skill count that masters at least as many (learner, skill)
  pairs as the adaptive path, so the comparison is of items needed for the same mastery.
"""

import numpy as np

from django.conf import settings

from . import bkt

SKILLS = [
    {"prior": 0.2, "learn": 0.2, "guess": 0.2, "slip": 0.1},
    {"prior": 0.5, "learn": 0.15, "guess": 0.15, "slip": 0.1},
    {"prior": 0.7, "learn": 0.1, "guess": 0.2, "slip": 0.08},
    {"prior": 0.3, "learn": 0.25, "guess": 0.15, "slip": 0.1},
    {"prior": 0.4, "learn": 0.12, "guess": 0.25, "slip": 0.05},
]
MAX_ITEMS_PER_SKILL = 30


def recovery(truth, *, learners=1500, answers=10, seed=7):
    sequences = bkt.simulate(truth, learners, answers, np.random.default_rng(seed))
    fit = bkt.fit_em(sequences)
    error = max(abs(fit.params[name] - truth[name]) for name in bkt.PARAM_NAMES)
    return {"truth": truth, "fitted": fit.params, "max_error": error, "iterations": fit.iterations}


def _answer(known, params, rng):
    return bool(rng.random() < ((1 - params["slip"]) if known else params["guess"]))


def _learn(known, params, rng):
    return known or bool(rng.random() < params["learn"])


def _adaptive(params, rng, threshold, min_attempts):
    """Items used and whether the skill is truly known at the end, for one learner and skill."""
    known = bool(rng.random() < params["prior"])
    estimate, used = params["prior"], 0
    while used < MAX_ITEMS_PER_SKILL and not (estimate >= threshold and used >= min_attempts):
        correct = _answer(known, params, rng)
        estimate = bkt.update(estimate, correct, params)
        known = _learn(known, params, rng)
        used += 1
    return used, known


def _fixed(params, rng, count):
    known = bool(rng.random() < params["prior"])
    for _ in range(count):
        _answer(known, params, rng)
        known = _learn(known, params, rng)
    return count, known


def _run(policy, learners, seed, **kwargs):
    rng = np.random.default_rng(seed)
    items = mastered = 0
    for _learner in range(learners):
        for params in SKILLS:
            used, known = policy(params, rng, **kwargs)
            items += used
            mastered += known
    pairs = learners * len(SKILLS)
    return {"items": items / learners, "mastered": mastered / pairs}


def compare_paths(*, seed=3, learners=400):
    threshold = settings.SAUAT_TUTOR_MASTERY_THRESHOLD
    adaptive = _run(_adaptive, learners, seed, threshold=threshold, min_attempts=settings.SAUAT_TUTOR_MIN_ATTEMPTS)
    fixed = None
    for count in range(1, MAX_ITEMS_PER_SKILL + 1):
        fixed = {**_run(_fixed, learners, seed, count=count), "per_skill": count}
        if fixed["mastered"] >= adaptive["mastered"]:
            break
    return {"adaptive": adaptive, "fixed": fixed, "skills": len(SKILLS), "learners": learners}
