"""Differential item functioning between language versions: Mantel-Haenszel (research-export.md §3.6).

For one item: ``correct`` 0/1 per learner, ``focal`` True for the focal language (e.g. ru) and False
for the reference (kk), ``strata`` the matching total score (same form). Per stratum s: A = reference
right, B = reference wrong, C = focal right, D = focal wrong, N = all.
"""

import math

import numpy as np
from scipy import stats

FORMULAS = {
    "alpha_mh": "alpha_MH = sum(A_s D_s / N_s) / sum(B_s C_s / N_s) over total-score strata (if either sum is 0:"
    " Haldane's +0.5 in every cell)",
    "delta_mh": "ETS delta = -2.35 ln(alpha_MH); negative = harder for the focal language",
    "class": "ETS: C if |delta| >= 1.5 and p < 0.05; A if |delta| < 1 or p >= 0.05; else B; p is the MH chi-square p"
    " adjusted by Benjamini-Hochberg over the items of one test and language pair",
}

C_DELTA = 1.5
B_DELTA = 1.0


def mantel_haenszel(correct, focal, strata):
    correct = np.asarray(correct, float) >= 1
    focal = np.asarray(focal, bool)
    strata = np.asarray(strata)
    tables = []
    for stratum in np.unique(strata):
        here = strata == stratum
        ref, foc = here & ~focal, here & focal
        a, c = int(correct[ref].sum()), int(correct[foc].sum())
        tables.append((a, int(ref.sum()) - a, c, int(foc.sum()) - c))
    return mantel_haenszel_tables(tables, n_ref=int((~focal).sum()), n_focal=int(focal.sum()))


def mantel_haenszel_tables(tables, *, n_ref, n_focal):
    """The same from the 2x2 table of each stratum: (A, B, C, D) counts (e.g. from a SQL GROUP BY)."""
    numerator = denominator = 0.0
    haldane_numerator = haldane_denominator = 0.0
    sum_a = expected_a = variance_a = 0.0
    for a, b, c, d in tables:
        n_r, n_f = a + b, c + d
        total = n_r + n_f
        if n_r == 0 or n_f == 0 or total < 2:
            continue
        numerator += a * d / total
        denominator += b * c / total
        haldane_numerator += (a + 0.5) * (d + 0.5) / (total + 2)
        haldane_denominator += (b + 0.5) * (c + 0.5) / (total + 2)
        m1, m0 = a + c, b + d
        sum_a += a
        expected_a += n_r * m1 / total
        variance_a += n_r * n_f * m1 * m0 / (total * total * (total - 1))
    result = {
        "alpha_mh": None,
        "delta_mh": None,
        "chi2": None,
        "p": None,
        "flag": None,
        "n_ref": n_ref,
        "n_focal": n_focal,
    }
    if haldane_denominator == 0:  # no stratum with both groups
        return result
    if numerator > 0 and denominator > 0:
        alpha = numerator / denominator
    else:  # an empty cell in every stratum (e.g. all reference learners right): Haldane's +0.5
        alpha = haldane_numerator / haldane_denominator
    delta = -2.35 * math.log(alpha)
    chi2 = (abs(sum_a - expected_a) - 0.5) ** 2 / variance_a if variance_a > 0 else 0.0
    p = float(stats.chi2.sf(max(chi2, 0.0), 1))
    result.update(
        alpha_mh=round(alpha, 6),
        delta_mh=round(delta, 6),
        chi2=round(chi2, 6),
        p=round(p, 10),
        flag=ets_class(delta, p),
    )
    return result


def ets_class(delta, p, level=0.05):
    """ETS class of one item: C (large and significant), B (moderate), A (negligible or not significant)."""
    if abs(delta) >= C_DELTA and p < level:
        return "C"
    if abs(delta) < B_DELTA or p >= level:
        return "A"
    return "B"


def benjamini_hochberg(p_values):
    """Benjamini-Hochberg adjusted p-values (false discovery rate), in the order given."""
    p = np.asarray(p_values, float)
    m = len(p)
    if m == 0:
        return []
    order = np.argsort(p)
    ranked = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1].clip(max=1.0)
    result = np.empty(m)
    result[order] = adjusted
    return [float(value) for value in result]


def classify_with_fdr(rows):
    """Re-class MH rows of one test and language pair with BH-adjusted p (many items tested at once):
    adds ``p_adjusted`` and sets ``flag`` from it."""
    adjusted = benjamini_hochberg([row["p"] for row in rows])
    for row, p in zip(rows, adjusted, strict=True):
        row["p_adjusted"] = round(p, 10)
        row["flag"] = ets_class(row["delta_mh"], p)
    return rows
