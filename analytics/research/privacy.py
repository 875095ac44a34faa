"""De-identification of a research package (research-export.md §4.3).

- ``anonymise``: k-anonymity on the quasi-identifiers by generalisation. Each quasi-identifier has a
  ladder (age group → wider age group → removed; cohort → removed; ...). While some combination of
  values is shared by fewer than k people, the one step that leaves the fewest people in such small
  groups is taken (ties: the order of QUASI_IDENTIFIERS, finest first). People still in a group
  smaller than k after every step are left out of the package, and counted.
- ``suppress_counts``: small cells in frequency tables: counts 1..k-1 are hidden, and when only one
  cell of a variable is hidden, the next smallest is hidden too, so the hidden one cannot be worked
  out from the total (complementary suppression).
- ``mask``: text that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
  return) gets a leading apostrophe; numbers, including the reserved codes, are never touched.
"""

import numpy as np
import pandas as pd

from django.utils.translation import gettext_lazy as _

from tutor.privacy import scrub

from .variables import trilingual

SUPPRESSED = None  # a ladder step that removes the variable

#: Coarser age groups (level 1 of the age ladder), codes of the full groups they take in.
AGE_COARSE = {
    1: ((1, 2), _("Under 25")),
    2: ((3, 4), _("25–44")),
    3: ((5, 6), _("45–64")),
    4: ((7,), _("65 or older")),
}


def _coarse_age(series):
    mapping = {full: coarse for coarse, (fulls, _label) in AGE_COARSE.items() for full in fulls}
    return series.map(mapping)


AGE_COARSE_LABELS = {code: label for code, (_fulls, label) in AGE_COARSE.items()}

#: Finest first: the order ties are broken in.
QUASI_IDENTIFIERS = ["cohort", "age_band", "gender", "region_type", "pref_lang", "university"]
LADDERS = {"age_band": [None, _coarse_age, SUPPRESSED]}  # None = as is


def ladder(name):
    return LADDERS.get(name, [None, SUPPRESSED])


def _level(series, step):
    if step is None:
        return series
    return step(series)


def _classes(frame, columns):
    if not columns:
        return pd.Series(len(frame), index=frame.index)
    keys = frame[columns].astype("float64").fillna(-1.0)
    return keys.groupby(columns, sort=False)[columns[0]].transform("size")


def _apply(frame, levels):
    out = {}
    for name, level in levels.items():
        step = ladder(name)[level]
        if step is SUPPRESSED and level > 0:
            continue
        out[name] = _level(frame[name], step)
    return pd.DataFrame(out, index=frame.index)


def anonymise(frame, quasi_identifiers, k, *, local=(), max_local_share=0.05):
    """Make every combination of ``frame``'s quasi-identifier columns (numeric codes, NaN = not given)
    shared by at least ``k`` rows. Returns (generalised frame, kept mask, report).

    As sdcMicro does, global recoding first, then local suppression: generalisation steps are taken
    only while more than ``max_local_share`` of the rows are in too-small groups; the rows still in
    one then lose, one at a time, their rarest value among the ``local`` columns (it becomes "not
    given"); rows that are still in a too-small group after that are left out.
    """
    levels = dict.fromkeys(quasi_identifiers, 0)
    steps = []
    allowed = max_local_share * len(frame)

    def small(current):
        generalised = _apply(frame, current)
        if len(frame) == 0:
            return generalised, pd.Series(dtype=bool)
        sizes = _classes(generalised, list(generalised.columns))
        return generalised, sizes < k

    generalised, too_small = small(levels)
    while int(too_small.sum()) > allowed:
        candidates = [name for name in quasi_identifiers if levels[name] < len(ladder(name)) - 1]
        if not candidates:
            break
        scored = []
        for name in candidates:
            trial = {**levels, name: levels[name] + 1}
            scored.append((int(small(trial)[1].sum()), quasi_identifiers.index(name), name))
        _count, _order, chosen = min(scored)
        levels[chosen] += 1
        steps.append({"variable": chosen, "level": levels[chosen], "removed": ladder(chosen)[levels[chosen]] is None})
        generalised, too_small = small(levels)
    generalised, too_small, blanked = _suppress_locally(
        generalised, too_small, k, [c for c in local if c in generalised]
    )
    kept = ~too_small if len(frame) else pd.Series(dtype=bool)
    final = generalised[kept] if len(frame) else generalised
    sizes = _classes(final, list(final.columns)) if len(final) else pd.Series(dtype=int)
    report = {
        "k_required": k,
        "k_achieved": int(sizes.min()) if len(sizes) else None,
        "quasi_identifiers": list(quasi_identifiers),
        "levels": levels,
        "generalisation_steps": steps,
        "removed_variables": [name for name, level in levels.items() if level and ladder(name)[level] is None],
        "values_withheld": blanked,
        "people_suppressed": int(too_small.sum()) if len(frame) else 0,
        "equivalence_classes": int(final.astype("float64").fillna(-1.0).drop_duplicates().shape[0])
        if len(final)
        else 0,
    }
    return generalised, kept, report


def _suppress_locally(generalised, too_small, k, columns):
    """Blank, in each row of a too-small group, its rarest value among ``columns``, until no such row
    is left or nothing is left to blank. Returns (frame, still too small, {column: values blanked})."""
    blanked = dict.fromkeys(columns, 0)
    if not columns or not bool(too_small.any()):
        return generalised, too_small, blanked
    generalised = generalised.copy()
    for _round in range(len(columns)):
        rows = generalised.index[too_small.to_numpy()]
        if not len(rows):
            break
        frequency = {c: generalised[c].map(generalised[c].value_counts(dropna=True)) for c in columns}
        rarity = pd.DataFrame({c: frequency[c].loc[rows] for c in columns}, index=rows)
        rarity = rarity.where(generalised.loc[rows, columns].notna())  # a blank value cannot be blanked again
        rarest = rarity.dropna(how="all")
        if rarest.empty:
            break
        target = rarest.idxmin(axis=1)  # ties: the first column, in the order given
        for column in columns:
            chosen = target.index[target == column]
            generalised.loc[chosen, column] = np.nan
            blanked[column] += len(chosen)
        too_small = _classes(generalised, list(generalised.columns)) < k
    return generalised, too_small, blanked


def coarse_age_labels():
    return {code: trilingual(label) for code, label in AGE_COARSE_LABELS.items()}


def suppress_counts(counts, k):
    """{value: count} → {value: count or None}: 1..k-1 hidden, plus one more if a single cell was hidden."""
    hidden = {value for value, count in counts.items() if 0 < count < k}
    if len(hidden) == 1:
        others = sorted(
            (count, str(value), value) for value, count in counts.items() if count > 0 and value not in hidden
        )
        if others:
            hidden.add(others[0][2])
    return {value: (None if value in hidden else count) for value, count in counts.items()}


def suppress_rows(frame, n_column, k, keep):
    """Rows whose ``n_column`` is below k keep only the ``keep`` columns; ``suppressed`` says which."""
    small = frame[n_column].fillna(0) < k
    out = frame.copy()
    for column in out.columns:
        if column not in keep:
            out[column] = out[column].astype("float64" if out[column].dtype.kind in "biuf" else object)
            out.loc[small, column] = np.nan if out[column].dtype.kind == "f" else None
    out["suppressed"] = small.astype("int8")
    return out


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _is_number(text):
    try:
        float(text)
    except ValueError:
        return False
    return True


def mask(value):
    """``value`` with a leading apostrophe when a spreadsheet would run it; plain numbers ("-91") stay."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _is_number(value):
        return "'" + value
    return value


def mask_series(series):
    if series.dtype != object and not isinstance(series.dtype, pd.StringDtype | pd.CategoricalDtype):
        return series
    if isinstance(series.dtype, pd.CategoricalDtype):
        return series.cat.rename_categories([mask(value) for value in series.cat.categories])
    risky = series.astype("str").str.startswith(FORMULA_START).fillna(False).to_numpy(bool)
    if not risky.any():
        return series
    series = series.copy()
    series[risky] = series[risky].map(mask)
    return series


def clean_text(text):
    """A free-text answer with IINs, phones, e-mails and announced names replaced (tutor.privacy.scrub)."""
    return scrub(text).replace("\x00", "")
