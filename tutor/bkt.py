"""Bayesian Knowledge Tracing with numpy: the online update, P(correct), and an EM (Baum-Welch) fit.

Standard four-parameter BKT per skill (prior, learn, guess, slip; no forgetting), a two-state hidden
Markov model: "not known" -> "known" with probability ``learn`` after each answer. pyBKT is not used
(it needs numpy < 2); see docs/decisions/0006-tutor-learner-model.md.
"""

import math
from dataclasses import dataclass

import numpy as np

PARAM_NAMES = ("prior", "learn", "guess", "slip")
GUESS_SLIP_MAX = 0.5  # above this, "known" would answer worse than "not known": the usual BKT bound


def posterior(p, correct, guess, slip):
    """P(known | this answer) from P(known) before it (Bayes' rule)."""
    if correct:
        known, unknown = p * (1 - slip), (1 - p) * guess
    else:
        known, unknown = p * slip, (1 - p) * (1 - guess)
    return known / (known + unknown)


def update(p, correct, params):
    """P(known) after one graded answer: the posterior, then the chance to learn from the answer."""
    post = posterior(p, correct, params["guess"], params["slip"])
    return post + (1 - post) * params["learn"]


def p_correct(p, params):
    """Predicted probability of a correct next answer."""
    return p * (1 - params["slip"]) + (1 - p) * params["guess"]


# Elo-style item difficulty and learner ability -------------------------------------------------------


def elo_expected(ability, difficulty):
    return 1.0 / (1.0 + math.exp(difficulty - ability))


def elo_update(ability, difficulty, correct, *, learner_answers, item_answers, freeze_after=100):
    """(ability, difficulty) after one answer; step sizes shrink with the number of answers seen
    (Pelanek's uncertainty function) and the item's rating is frozen once it is calibrated."""
    surprise = (1.0 if correct else 0.0) - elo_expected(ability, difficulty)
    ability += 0.8 / (1 + 0.05 * learner_answers) * surprise
    if item_answers < freeze_after:
        difficulty -= 0.8 / (1 + 0.05 * item_answers) * surprise
    return ability, difficulty


# EM fit ------------------------------------------------------------------------------------------------


@dataclass
class FitResult:
    params: dict
    log_likelihood: float
    iterations: int
    sequences: int


def _padded(sequences):
    lengths = np.array([len(s) for s in sequences])
    width = int(lengths.max())
    obs = np.zeros((len(sequences), width))
    mask = np.zeros((len(sequences), width), dtype=bool)
    for row, seq in enumerate(sequences):
        obs[row, : len(seq)] = seq
        mask[row, : len(seq)] = True
    return obs, mask


def fit_em(sequences, initial=None, *, max_iterations=200, tolerance=1e-6):
    """Fit (prior, learn, guess, slip) to answer sequences (lists of 0/1, one per learner) by EM.

    Forward-backward runs on all learners at once (rows of a padded matrix); steps past the end of a
    sequence carry no observation and no transition counts.
    """
    sequences = [list(s) for s in sequences if len(s)]
    if not sequences:
        raise ValueError("No answers to fit.")
    obs, mask = _padded(sequences)
    n, width = obs.shape
    prior, learn, guess, slip = (initial or {"prior": 0.4, "learn": 0.2, "guess": 0.2, "slip": 0.1}).values()
    previous = -np.inf
    log_likelihood = -np.inf
    iterations = 0
    for iterations in range(1, max_iterations + 1):  # noqa: B007 (reported after the loop)
        # Emission probabilities per step and state (0 = not known, 1 = known); 1 where nothing was observed.
        emit = np.empty((n, width, 2))
        emit[..., 0] = np.where(obs == 1, guess, 1 - guess)
        emit[..., 1] = np.where(obs == 1, 1 - slip, slip)
        emit[~mask] = 1.0
        transition = np.array([[1 - learn, learn], [0.0, 1.0]])
        alpha = np.empty((n, width, 2))
        scale = np.empty((n, width))
        a = np.array([1 - prior, prior]) * emit[:, 0]
        scale[:, 0] = a.sum(axis=1)
        alpha[:, 0] = a / scale[:, :1]
        for t in range(1, width):
            a = (alpha[:, t - 1] @ transition) * emit[:, t]
            scale[:, t] = a.sum(axis=1)
            alpha[:, t] = a / scale[:, t : t + 1]
        beta = np.ones((n, width, 2))
        for t in range(width - 2, -1, -1):
            beta[:, t] = ((emit[:, t + 1] * beta[:, t + 1]) @ transition.T) / scale[:, t + 1 : t + 2]
        gamma = alpha * beta
        gamma /= gamma.sum(axis=2, keepdims=True)
        # Expected "not known -> known" and "not known -> not known" moves between observed steps.
        step = mask[:, 1:]
        from_unknown = alpha[:, :-1, 0]
        to_known = from_unknown * learn * emit[:, 1:, 1] * beta[:, 1:, 1] / scale[:, 1:]
        stay = from_unknown * (1 - learn) * emit[:, 1:, 0] * beta[:, 1:, 0] / scale[:, 1:]
        log_likelihood = float(np.log(scale[mask]).sum())

        prior = float(gamma[:, 0, 1].mean())
        learn = float(to_known[step].sum() / max((to_known + stay)[step].sum(), 1e-12))
        unknown, known = gamma[..., 0][mask], gamma[..., 1][mask]
        answers = obs[mask]
        guess = float((unknown * answers).sum() / max(unknown.sum(), 1e-12))
        slip = float((known * (1 - answers)).sum() / max(known.sum(), 1e-12))
        prior, learn = (float(np.clip(v, 1e-4, 1 - 1e-4)) for v in (prior, learn))
        guess, slip = (float(np.clip(v, 1e-4, GUESS_SLIP_MAX)) for v in (guess, slip))
        if log_likelihood - previous < tolerance:
            break
        previous = log_likelihood
    params = dict(zip(PARAM_NAMES, (prior, learn, guess, slip), strict=True))
    return FitResult(params=params, log_likelihood=log_likelihood, iterations=iterations, sequences=n)


def simulate(params, n_learners, n_answers, rng):
    """Answer sequences of simulated learners who follow the BKT process with ``params``."""
    known = rng.random(n_learners) < params["prior"]
    rows = np.empty((n_learners, n_answers), dtype=int)
    for t in range(n_answers):
        chance = np.where(known, 1 - params["slip"], params["guess"])
        rows[:, t] = rng.random(n_learners) < chance
        known |= rng.random(n_learners) < params["learn"]
    return rows.tolist()
