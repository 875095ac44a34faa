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


DIGITS = 6  # reported values are rounded; digits=None keeps full precision (for comparisons)


def _f(value, digits=DIGITS):
    if value is None:
        return None
    value = float(value)
    if not math.isfinite(value):
        return None
    return round(value, digits) if digits is not None else value


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


def test_statistics(matrix, digits=DIGITS):
    """n, k, alpha, KR-20, SEM (raw score), mean and SD of the raw score, alpha-if-deleted per item."""
    x = np.asarray(matrix, float)
    n, k = x.shape if x.ndim == 2 else (0, 0)
    alpha = cronbach_alpha(x)
    totals = x.sum(axis=1) if n else np.array([])
    sd = float(totals.std(ddof=1)) if n > 1 else float("nan")
    sem = sd * math.sqrt(1 - alpha) if alpha is not None and alpha <= 1 else None
    if_deleted = []
    if alpha is not None and k > 2:
        if_deleted = [_f(cronbach_alpha(np.delete(x, j, axis=1)), digits) for j in range(k)]
    return {
        "n": int(n),
        "k": int(k),
        "alpha": _f(alpha, digits),
        "kr20": _f(kr20(x), digits),
        "sem": _f(sem, digits),
        "mean": _f(totals.mean(), digits) if n else None,
        "sd": _f(sd, digits),
        "alpha_if_deleted": if_deleted,
    }


def item_statistics(matrix, digits=DIGITS):
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
        rows.append({"n": n, "facility": _f(facility, digits), "discrimination": _f(discrimination, digits)})
    return rows


# -- the same statistics from sufficient statistics (sums computed in SQL) ------------------------


def _var(n, s1, s2):
    """Population variance from n, sum and sum of squares; 0 when it is within rounding error of 0."""
    var = (n * s2 - s1 * s1) / (n * n)
    return 0.0 if var <= 1e-13 * abs(s2) / n else var


def corr_from_sums(n, sx, sy, sxx, syy, sxy):
    """Pearson r from sums (population moments, as ``_corr``); NaN when n < 2 or either side is constant."""
    if n < 2:
        return float("nan")
    vx, vy = _var(n, sx, sxx), _var(n, sy, syy)
    if vx == 0 or vy == 0:
        return float("nan")
    return ((n * sxy - sx * sy) / (n * n)) / math.sqrt(vx * vy)


def item_statistics_from_sums(sums, digits=DIGITS):
    """``item_statistics`` from per-item sums: each entry (n, sum x, sum x^2, sum X, sum X^2, sum x*X),
    X the learner's own-form total. The rest score is X - x, so its sums follow from these."""
    rows = []
    for n, sx, sxx, s_total, s_total2, sx_total in sums:
        n = int(n)
        if not n:
            rows.append({"n": 0, "facility": None, "discrimination": None})
            continue
        rest, rest2, x_rest = s_total - sx, s_total2 - 2 * sx_total + sxx, sx_total - sxx
        discrimination = corr_from_sums(n, sx, rest, sxx, rest2, x_rest)
        rows.append({"n": n, "facility": _f(sx / n, digits), "discrimination": _f(discrimination, digits)})
    return rows


def _sample_var(n, s1, s2):
    return _var(n, s1, s2) * n / (n - 1)


def _alpha_from_sums(n, item_vars, total_var):
    k = len(item_vars)
    if n < 2 or k < 2 or total_var == 0:
        return None
    return k / (k - 1) * (1 - sum(item_vars) / total_var)


def test_statistics_from_sums(n, item_sums, s_total, s_total2, digits=DIGITS):
    """``test_statistics`` of a complete block from sums: ``item_sums`` per item (sum x, sum x^2, sum x*X),
    ``s_total``/``s_total2`` the sums of the raw total X and of X^2 over the n learners."""
    n, k = int(n), len(item_sums)
    alpha = kr20_value = None
    sd = float("nan")
    if_deleted = []
    if n > 1:
        item_vars = [_sample_var(n, sx, sxx) for sx, sxx, _sxt in item_sums]
        total_var = _sample_var(n, s_total, s_total2)
        alpha = _alpha_from_sums(n, item_vars, total_var)
        sd = math.sqrt(total_var)
        population_var = _var(n, s_total, s_total2)
        if k >= 2 and population_var != 0:
            pq = sum((sx / n) * (1 - sx / n) for sx, _sxx, _sxt in item_sums)
            kr20_value = k / (k - 1) * (1 - pq / population_var)
        if alpha is not None and k > 2:
            for j, (sx, sxx, sxt) in enumerate(item_sums):
                rest = _sample_var(n, s_total - sx, s_total2 - 2 * sxt + sxx)
                others = [var for i, var in enumerate(item_vars) if i != j]
                if_deleted.append(_f(_alpha_from_sums(n, others, rest), digits))
    sem = sd * math.sqrt(1 - alpha) if alpha is not None and alpha <= 1 else None
    return {
        "n": n,
        "k": k,
        "alpha": _f(alpha, digits),
        "kr20": _f(kr20_value, digits),
        "sem": _f(sem, digits),
        "mean": _f(s_total / n, digits) if n else None,
        "sd": _f(sd, digits),
        "alpha_if_deleted": if_deleted,
    }


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
