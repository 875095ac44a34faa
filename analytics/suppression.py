"""Small-cell rule (research-export.md §4.3): a group of fewer than MIN_CELL people shows no numbers.

Cohort dashboards use MIN_CELL = 5 (settings.SAUAT_ANALYTICS_MIN_CELL); templates show "<5".
"""

from numbers import Number

from django.conf import settings

MIN_CELL = getattr(settings, "SAUAT_ANALYTICS_MIN_CELL", 5)


def min_cell():
    """The threshold as configured now (tests may override the setting)."""
    return getattr(settings, "SAUAT_ANALYTICS_MIN_CELL", MIN_CELL)


def is_small(n):
    """True when a group of ``n`` people must be suppressed (n < MIN_CELL; 0 and None included)."""
    return n is None or n < min_cell()


def _blank(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, Number):
        return None
    if isinstance(value, list | tuple):
        return [_blank(entry) for entry in value]
    if isinstance(value, dict):
        return {key: _blank(entry) for key, entry in value.items()}
    return value


def suppress_row(row, n_key="n", keep=("group", "label")):
    """A copy of ``row``; when its n is small every numeric value (n too, nested lists as well) is None."""
    row = dict(row)
    small = is_small(row.get(n_key))
    row["suppressed"] = small
    if small:
        for key, value in row.items():
            if key in keep or key == "suppressed":
                continue
            row[key] = _blank(value)
    return row


def suppress_rows(rows, n_key="n", keep=("group", "label")):
    return [suppress_row(row, n_key=n_key, keep=keep) for row in rows]
