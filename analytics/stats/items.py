"""Item analysis within one administration and test reliability (research-export.md §3.4-3.5).

``matrix`` is learners x items of item scores in [0, 1] (1 = right); ``NaN`` means the item was not
on that learner's form. Reliability needs a complete block (every learner saw every item).
"""

import math

import numpy as np

FORMULAS = {
    "facility": "p_j = mean item score (Moodle facility index)",
    "discrimination": "corrected item-total r = corr(x_j, X - x_j) over learners who saw item j (Moodle's"
    " discrimination index / 100)",
    "alpha": "alpha = k/(k-1) * (1 - sum s_j^2 / s_X^2) (sample variances)",
    "kr20": "KR-20 = k/(k-1) * (1 - sum p_j q_j / sigma_X^2) (population variances; 0/1 items)",
    "sem": "SEM = SD_X * sqrt(1 - alpha), raw-score points, SD with n - 1",
    "alpha_if_deleted": "alpha recomputed without item j",
}

# Thresholds (Moodle quiz statistics and qbank_statistics "needs checking").
TOO_EASY = 0.90  # facility at or above: nearly everybody knows it
TOO_HARD = 0.20  # facility at or below
LOW_DISCRIMINATION = 0.30  # corrected item-total r below: "likely" or "very likely" needs checking
MIN_ITEM_N = 5  # fewer answers than this: no flags (and the row is suppressed)


def _f(value, digits=6):
    if value is None:
        return None
    value = float(value)
    return round(value, digits) if math.isfinite(value) else None


def _corr(x, y):
    if len(x) < 2:
        return float("nan")
    sx, sy = x.std(), y.std()
    if sx == 0 or sy == 0:
        return float("nan")
    return float(((x - x.mean()) * (y - y.mean())).mean() / (sx * sy))


def cronbach_alpha(matrix):
    """alpha with sample variances; None when k < 2, n < 2 or the total has no variance."""
    x = np.asarray(matrix, float)
    if x.ndim != 2 or x.shape[0] < 2 or x.shape[1] < 2:
        return None
    k = x.shape[1]
    total_var = x.sum(axis=1).var(ddof=1)
    if total_var == 0:
        return None
    return float(k / (k - 1) * (1 - x.var(axis=0, ddof=1).sum() / total_var))


def kr20(matrix):
    """KR-20 on 0/1 items with population variances (equals alpha for dichotomous items)."""
    x = np.asarray(matrix, float)
    if x.ndim != 2 or x.shape[0] < 2 or x.shape[1] < 2:
        return None
    k = x.shape[1]
    p = x.mean(axis=0)
    total_var = x.sum(axis=1).var()
    if total_var == 0:
        return None
    return float(k / (k - 1) * (1 - (p * (1 - p)).sum() / total_var))


def test_statistics(matrix):
    """n, k, alpha, KR-20, SEM (raw score), mean and SD of the raw score, alpha-if-deleted per item."""
    x = np.asarray(matrix, float)
    n, k = x.shape if x.ndim == 2 else (0, 0)
    alpha = cronbach_alpha(x)
    totals = x.sum(axis=1) if n else np.array([])
    sd = float(totals.std(ddof=1)) if n > 1 else float("nan")
    sem = sd * math.sqrt(1 - alpha) if alpha is not None and alpha <= 1 else None
    if_deleted = []
    if alpha is not None and k > 2:
        if_deleted = [_f(cronbach_alpha(np.delete(x, j, axis=1))) for j in range(k)]
    return {
        "n": int(n),
        "k": int(k),
        "alpha": _f(alpha),
        "kr20": _f(kr20(x)),
        "sem": _f(sem),
        "mean": _f(totals.mean()) if n else None,
        "sd": _f(sd),
        "alpha_if_deleted": if_deleted,
    }


def item_statistics(matrix):
    """Per column: n who saw it, facility, corrected item-total r (NaN-aware: rest = own-form total)."""
    x = np.asarray(matrix, float)
    if x.ndim != 2:
        return []
    totals = np.nansum(x, axis=1)
    rows = []
    for j in range(x.shape[1]):
        column = x[:, j]
        seen = ~np.isnan(column)
        values = column[seen]
        n = int(seen.sum())
        facility = float(values.mean()) if n else float("nan")
        discrimination = _corr(values, totals[seen] - values) if n else float("nan")
        rows.append({"n": n, "facility": _f(facility), "discrimination": _f(discrimination)})
    return rows


def flags(row):
    """Codes for an item row from item_statistics (and an optional ``dif_class``)."""
    codes = []
    if row.get("n", 0) < MIN_ITEM_N:
        return codes
    facility, discrimination = row.get("facility"), row.get("discrimination")
    if facility is not None and facility >= TOO_EASY:
        codes.append("too_easy")
    if facility is not None and facility <= TOO_HARD:
        codes.append("too_hard")
    if discrimination is not None:
        if discrimination < 0:
            codes.append("negative_discrimination")
        elif discrimination < LOW_DISCRIMINATION:
            codes.append("low_discrimination")
    if row.get("dif_class") == "C":
        codes.append("translation_bias")
    return codes
