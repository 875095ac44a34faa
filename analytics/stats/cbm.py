"""Certainty-based marking calibration: accuracy per confidence level vs the level's break-even."""

import numpy as np

from .gains import wilson_ci

# Gardner-Medwin marks (Moodle CBM): right/wrong = 1/0, 2/-2, 3/-6. Choosing a level pays off from these
# accuracies on, so a level's answers should be right at least this often (quizzes.grading keeps the same).
BREAK_EVEN = {1: 0.0, 2: 0.67, 3: 0.8}

FORMULAS = {
    "accuracy": "share of answers right at each confidence level (Wilson 95 % CI)",
    "overconfident": "accuracy below the level's break-even: 2 -> 0.67, 3 -> 0.80 (CBM marks 1/0, 2/-2, 3/-6)",
}


def calibration(confidence, correct, learners=None):
    """Rows per level 1..3: n answers, n_learners (distinct ``learners`` ids, if given), accuracy, its CI,
    expected_min, overconfident."""
    confidence = np.asarray(confidence)
    correct = np.asarray(correct, float) >= 1
    learners = np.asarray(learners) if learners is not None else None
    counts = {}
    for level in BREAK_EVEN:
        here = confidence == level
        n_learners = int(len(np.unique(learners[here]))) if learners is not None else None
        counts[level] = (int(here.sum()), int(correct[here].sum()), n_learners)
    return calibration_from_counts(counts)


def calibration_from_counts(counts):
    """The same rows from {level: (n answers, n right, n distinct learners or None)} (e.g. a SQL GROUP BY)."""
    rows = []
    for level, minimum in BREAK_EVEN.items():
        n, k, n_learners = counts.get(level, (0, 0, 0))
        accuracy = k / n if n else None
        rows.append(
            {
                "confidence": level,
                "n": n,
                "n_learners": n_learners,
                "accuracy": round(accuracy, 6) if accuracy is not None else None,
                "accuracy_ci": wilson_ci(k, n),
                "expected_min": minimum,
                "overconfident": bool(accuracy is not None and accuracy < minimum),
            }
        )
    return rows
