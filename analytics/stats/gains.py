"""Learning gains on matched pre/post percent scores (research-export.md §3.1-3.2).

All inputs are percent scores 0..100. Functions return plain floats (``None`` where a value is not
defined, e.g. a standard deviation of 0) so results can go straight into JSON.
"""

import math

import numpy as np
from scipy import stats

Z95 = 1.959963984540054

FORMULAS = {
    "gain": "G_i = P_post - P_pre (percentage points)",
    "hake_g": "<g> = (mean P_post - mean P_pre) / (100 - mean P_pre), matched learners (Hake)",
    "mean_g": "mean of g_i = (P_post - P_pre) / (100 - P_pre); learners with P_pre = 100 left out",
    "mean_c": "mean of c_i (Marx & Cummings 2007): (post-pre)/(100-pre) if post>pre, (post-pre)/pre if post<pre,"
    " 0 if equal; dropped if pre=post=0 or pre=post=100",
    "d_z": "d_z = mean(D) / s_D, D = P_post - P_pre",
    "g_z": "g_z = J * d_z, J = 1 - 3 / (4(n-1) - 1) (Hedges); CI = J * (d_z +/- 1.96 * sqrt(1/n + d_z^2/(2n)))",
    "d_av": "d_av = mean(D) / ((s_pre + s_post) / 2) (mean-SD form)",
    "d_av_rms": "d_av (RMS) = mean(D) / sqrt((s_pre^2 + s_post^2) / 2) (pingouin's form)",
    "g_av": "g_av = J * d_av; CI = J * (d_av +/- 1.96 * sqrt((1/n + d_av^2/(2n)) * 2(1 - r)))",
    "d_rm": "d_rm = d_z * sqrt(2(1 - r)), r = corr(P_pre, P_post)",
    "t": "paired t = mean(D) / (s_D / sqrt(n)), df = n - 1 (two-sided p)",
    "p_wilcoxon": "Wilcoxon signed-rank test on D, two-sided (exact for small n, zero differences dropped)",
    "wilson": "Wilson score interval for a proportion, 95 %",
    "mcnemar": "McNemar exact: two-sided binomial p with b ~ Bin(b + c, 1/2); b = 0->1, c = 1->0",
}


def _f(value, digits=6):
    """A finite float rounded for output, or None."""
    if value is None:
        return None
    value = float(value)
    if not math.isfinite(value):
        return None
    return round(value, digits)


def normalized_gain(pre, post):
    """Per learner g_i; NaN where P_pre = 100."""
    pre, post = np.asarray(pre, float), np.asarray(post, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        g = (post - pre) / (100.0 - pre)
    return np.where(pre >= 100.0, np.nan, g)


def normalized_change(pre, post):
    """Per learner c_i (Marx & Cummings); NaN where dropped (pre = post = 0 or pre = post = 100)."""
    pre, post = np.asarray(pre, float), np.asarray(post, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        up = (post - pre) / (100.0 - pre)
        down = (post - pre) / pre
    c = np.where(post > pre, up, np.where(post < pre, down, 0.0))
    dropped = (pre == post) & ((pre == 0) | (pre == 100))
    return np.where(dropped, np.nan, c)


def hedges_j(n):
    """Small-sample correction J = 1 - 3 / (4(n - 1) - 1); None for n < 2."""
    if n < 2:
        return None
    return 1.0 - 3.0 / (4.0 * (n - 1) - 1.0)


def wilson_ci(k, n, z=Z95):
    """95 % Wilson score interval for k successes out of n, as [lo, hi] proportions (None if n = 0)."""
    if n <= 0:
        return [None, None]
    p = k / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return [_f(centre - half), _f(centre + half)]


def mcnemar_exact(b, c):
    """Two-sided exact McNemar p: b ~ Bin(b + c, 1/2)."""
    total = b + c
    if total == 0:
        return 1.0
    return float(min(1.0, 2.0 * stats.binom.cdf(min(b, c), total, 0.5)))


def item_changes(pre_matrix, post_matrix):
    """Per item b (0->1), c (1->0) and the exact McNemar p, on matched learners (rows aligned)."""
    pre = np.asarray(pre_matrix) >= 1
    post = np.asarray(post_matrix) >= 1
    b = (~pre & post).sum(axis=0)
    c = (pre & ~post).sum(axis=0)
    return [
        {"b": int(bj), "c": int(cj), "p_mcnemar": _f(mcnemar_exact(int(bj), int(cj)))}
        for bj, cj in zip(b, c, strict=True)
    ]


def _sd(values):
    return float(np.std(values, ddof=1)) if len(values) > 1 else float("nan")


def group_gains(pre, post):
    """Everything §3.2 lists for one group of matched learners (pre[i], post[i] percent scores)."""
    pre, post = np.asarray(pre, float), np.asarray(post, float)
    n = int(len(pre))
    out = {
        "n": n,
        "mean_pre": None,
        "mean_post": None,
        "mean_gain": None,
        "sd_gain": None,
        "hake_g": None,
        "mean_g": None,
        "n_g_dropped": 0,
        "mean_c": None,
        "n_c_dropped": 0,
        "r": None,
        "d_z": None,
        "g_z": None,
        "g_z_ci": [None, None],
        "d_av": None,
        "d_av_rms": None,
        "g_av": None,
        "g_av_ci": [None, None],
        "d_rm": None,
        "hedges_j": _f(hedges_j(n)),
        "t": None,
        "df": n - 1 if n > 1 else None,
        "p_t": None,
        "p_wilcoxon": None,
    }
    if n == 0:
        return out
    diff = post - pre
    mean_pre, mean_post, mean_d = float(pre.mean()), float(post.mean()), float(diff.mean())
    out.update(mean_pre=_f(mean_pre), mean_post=_f(mean_post), mean_gain=_f(mean_d))
    if mean_pre < 100:
        out["hake_g"] = _f((mean_post - mean_pre) / (100.0 - mean_pre))
    g = normalized_gain(pre, post)
    out["n_g_dropped"] = int(np.isnan(g).sum())
    if np.isfinite(g).any():
        out["mean_g"] = _f(np.nanmean(g))
    c = normalized_change(pre, post)
    out["n_c_dropped"] = int(np.isnan(c).sum())
    if np.isfinite(c).any():
        out["mean_c"] = _f(np.nanmean(c))
    if n < 2:
        return out
    s_d, s_pre, s_post = _sd(diff), _sd(pre), _sd(post)
    out["sd_gain"] = _f(s_d)
    j = hedges_j(n)
    r = float("nan")
    if s_pre > 0 and s_post > 0:
        r = float(np.corrcoef(pre, post)[0, 1])
        out["r"] = _f(r)
    if s_d > 0:
        d_z = mean_d / s_d
        se = math.sqrt(1.0 / n + d_z * d_z / (2.0 * n))
        out.update(
            d_z=_f(d_z),
            g_z=_f(j * d_z),
            g_z_ci=[_f(j * (d_z - Z95 * se)), _f(j * (d_z + Z95 * se))],
            t=_f(mean_d / (s_d / math.sqrt(n))),
            p_t=_f(float(stats.t.sf(abs(mean_d / (s_d / math.sqrt(n))), n - 1) * 2), 10),
        )
        if math.isfinite(r):
            out["d_rm"] = _f(d_z * math.sqrt(2.0 * (1.0 - r)))
    elif mean_d == 0:
        out["p_t"] = 1.0
    mean_sd = (s_pre + s_post) / 2.0
    if mean_sd > 0:
        d_av = mean_d / mean_sd
        out["d_av"] = _f(d_av)
        out["d_av_rms"] = _f(mean_d / math.sqrt((s_pre**2 + s_post**2) / 2.0))
        out["g_av"] = _f(j * d_av)
        if math.isfinite(r):
            se_av = math.sqrt((1.0 / n + d_av * d_av / (2.0 * n)) * 2.0 * (1.0 - r))
            out["g_av_ci"] = [_f(j * (d_av - Z95 * se_av)), _f(j * (d_av + Z95 * se_av))]
    if np.any(diff != 0):
        try:
            out["p_wilcoxon"] = _f(float(stats.wilcoxon(post, pre).pvalue), 10)
        except ValueError:
            out["p_wilcoxon"] = None
    else:
        out["p_wilcoxon"] = 1.0
    return out


def mastery(pre, post, cut=70.0):
    """Share with P >= cut before and after, each with its Wilson CI."""
    pre, post = np.asarray(pre, float), np.asarray(post, float)
    n = len(pre)
    k_pre, k_post = int((pre >= cut).sum()), int((post >= cut).sum())
    return {
        "cut": cut,
        "pre": _f(k_pre / n) if n else None,
        "pre_ci": wilson_ci(k_pre, n),
        "post": _f(k_post / n) if n else None,
        "post_ci": wilson_ci(k_post, n),
    }
