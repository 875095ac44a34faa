"""Every figure's numbers as a table: the same rows are shown on the page (readable without JS) and downloaded
as CSV/XLSX, so a small cell is "<5" in both. Numbers stay numbers (spreadsheets can compute with them);
a suppressed cell is the text ``SMALL``.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from . import suppression
from .funnel import STAGES, stage_labels

SMALL = "<5"


@dataclass
class Table:
    name: str
    title: str
    headers: list
    rows: list = field(default_factory=list)
    highlight: list = field(default_factory=list)  # one bool per row: flagged rows are marked on the page

    def add(self, cells, *, highlight=False):
        self.rows.append(cells)
        self.highlight.append(highlight)

    @property
    def lines(self):
        return list(zip(self.rows, self.highlight, strict=True))


def _small(n):
    return n is None or suppression.is_small(n)


def _num(value, digits=3):
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    return round(float(value), digits)


def _cells(row, fields, digits):
    """Values of ``fields`` from a report row; all "<5" when the row is suppressed."""
    if row.get("suppressed"):
        return [SMALL] * len(fields)
    return [_num(row.get(f), digits.get(f, 3)) for f in fields]


def _ci(row, name):
    ci = row.get(name) or [None, None]
    if row.get("suppressed"):
        return [SMALL, SMALL]
    return [_num(ci[0]), _num(ci[1])]


def funnel_table(rows, *, cohorts=None):
    """``cohorts``: {cohort id: name} adds a cohort column (staff dashboard)."""
    labels = stage_labels()
    headers = [_("Course")] + [labels[stage] for stage in STAGES]
    if cohorts is not None:
        headers.insert(0, _("Cohort"))
    title = _("Learner funnel") if cohorts is None else _("Progress")
    table = Table("funnel" if cohorts is None else "progress", title, headers)
    for row in rows:
        cells = [row["label"]] + [SMALL if row[stage] is None else row[stage] for stage in STAGES]
        if cohorts is not None:
            cells.insert(0, cohorts.get(row["cohort"], row["cohort"]))
        table.add(cells)
    return table


def dropoff_table(rows):
    table = Table("dropoff", _("Drop-off by lesson"), ["#", _("Lesson"), _("Opened"), _("Completed")])
    for row in rows:
        table.add(
            [row["position"], row["label"]] + [SMALL if row[f] is None else row[f] for f in ("viewed", "completed")]
        )
    return table


GAIN_FIELDS = ["n", "mean_pre", "mean_post", "hake_g", "mean_g", "mean_c", "d_z", "g_z"]
GAIN_FIELDS_2 = ["d_av", "g_av"]
GAIN_FIELDS_3 = ["t", "df", "p_t", "p_wilcoxon", "n_pre_only", "n_post_only"]
GAIN_DIGITS = {"mean_pre": 1, "mean_post": 1, "t": 2, "df": 1, "p_t": 4, "p_wilcoxon": 4}


def gains_table(report, *, name="gains", title=None):
    headers = [
        _("Group"),
        _("Matched learners"),
        _("Mean pre-test, %"),
        _("Mean post-test, %"),
        _("Hake's g (class)"),
        _("Mean g"),
        _("Mean normalised change c"),
        "d_z",
        "g_z",
        _("g_z 95% CI low"),
        _("g_z 95% CI high"),
        "d_av",
        "g_av",
        _("g_av 95% CI low"),
        _("g_av 95% CI high"),
        "t",
        "df",
        _("p (paired t)"),
        _("p (Wilcoxon)"),
        _("Pre-test only"),
        _("Post-test only"),
    ]
    table = Table(name, title or _("Literacy gain"), headers)
    rows = list(report.get("groups", []))
    if report.get("overall"):
        rows.append({**report["overall"], "label": _("All learners")})
    for row in rows:
        cells = [str(row.get("label", row.get("group", "")))]
        cells += _cells(row, GAIN_FIELDS, GAIN_DIGITS)
        if row.get("suppressed"):
            cells[1] = SMALL
        cells += _ci(row, "g_z_ci")
        cells += _cells(row, GAIN_FIELDS_2, GAIN_DIGITS)
        cells += _ci(row, "g_av_ci")
        cells += _cells(row, GAIN_FIELDS_3, GAIN_DIGITS)
        table.add(cells)
    return table


def distribution_table(distributions):
    from .charts import summarise

    table = Table("distribution", _("Pre-test and post-test scores"), [_("Statistic"), _("Pre-test"), _("Post-test")])
    pre = summarise(distributions.get("pre") or [])
    post = summarise(distributions.get("post") or [])
    for key, label in (
        ("n", _("Learners")),
        ("mean", _("Mean, %")),
        ("p10", _("10th percentile, %")),
        ("q1", _("25th percentile, %")),
        ("median", _("Median, %")),
        ("q3", _("75th percentile, %")),
        ("p90", _("90th percentile, %")),
    ):
        table.add([label, SMALL if pre is None else pre[key], SMALL if post is None else post[key]])
    return table


def flag_labels():
    from .reports import FLAG_LABELS

    return FLAG_LABELS


def items_table(report):
    labels = flag_labels()
    table = Table(
        "items",
        _("Item quality"),
        [_("Question"), _("Language"), _("Answers"), _("Facility"), _("Discrimination"), _("Flags")],
    )
    for row in report.get("items", []):
        title = str(row.get("title") or row.get("item_key") or row.get("item_id"))
        flags = row.get("flags") or []
        if row.get("suppressed"):
            table.add([title, row.get("language", ""), SMALL, SMALL, SMALL, ""])
            continue
        table.add(
            [
                title,
                row.get("language", ""),
                row.get("n"),
                _num(row.get("facility")),
                _num(row.get("discrimination")),
                ", ".join(str(labels.get(code, code)) for code in flags),
            ],
            highlight=bool(flags),
        )
    return table


def bias_table(report):
    table = Table(
        "bias",
        _("Translation bias (Mantel-Haenszel)"),
        [
            _("Question"),
            _("Reference"),
            _("Focal"),
            "α_MH",
            "Δ_MH",
            _("Flag"),
            _("Answers (reference)"),
            _("Answers (focal)"),
        ],
    )
    for row in report.get("bias", []):
        title = str(row.get("title") or row.get("item_id"))
        hidden = _small(row.get("n_ref")) or _small(row.get("n_focal"))
        if hidden:
            table.add([title, row.get("reference"), row.get("focal"), SMALL, SMALL, "", SMALL, SMALL])
            continue
        table.add(
            [
                title,
                row.get("reference"),
                row.get("focal"),
                _num(row.get("alpha_mh")),
                _num(row.get("delta_mh")),
                row.get("flag"),
                row.get("n_ref"),
                row.get("n_focal"),
            ],
            highlight=row.get("flag") in ("B", "C"),
        )
    return table


def reliability_table(report):
    table = Table(
        "reliability",
        _("Reliability per test"),
        [_("Test"), _("Phase"), _("Language"), _("Learners"), _("Questions"), "Cronbach α", "KR-20", "SEM"],
    )
    for row in report.get("tests", []):
        head = [row.get("assessment"), row.get("phase"), row.get("language")]
        if row.get("suppressed") or _small(row.get("n")):
            table.add(head + [SMALL] * 5)
            continue
        table.add(
            head + [row.get("n"), row.get("k"), _num(row.get("alpha")), _num(row.get("kr20")), _num(row.get("sem"), 2)]
        )
    return table


def calibration_table(report):
    table = Table(
        "calibration",
        _("Certainty-based marking: calibration"),
        [_("Certainty"), _("Answers"), _("Share correct"), _("Needed at least"), _("Overconfident")],
    )
    for row in report.get("calibration", []):
        if row.get("suppressed") or _small(row.get("n")):
            table.add([row.get("confidence"), SMALL, SMALL, _num(row.get("expected_min")), ""])
            continue
        over = bool(row.get("overconfident"))
        table.add(
            [
                row.get("confidence"),
                row.get("n"),
                _num(row.get("accuracy")),
                _num(row.get("expected_min")),
                _("yes") if over else _("no"),
            ],
            highlight=over,
        )
    return table


def impact_table(totals, overall):
    table = Table("impact", _("Impact in numbers"), [_("Measure"), _("Value")])

    def value(v):
        return SMALL if v is None else v

    table.add([_("Learners"), value(totals.get("learners"))])
    table.add([_("Courses completed"), value(totals.get("completed"))])
    table.add([_("Valid certificates"), value(totals.get("certificates"))])
    table.add([_("Courses"), totals.get("courses")])
    if overall is not None:
        hidden = overall.get("suppressed")
        table.add([_("Learners with pre- and post-test"), SMALL if hidden else overall.get("n")])
        for label, key, digits in (
            (_("Mean pre-test, %"), "mean_pre", 1),
            (_("Mean post-test, %"), "mean_post", 1),
            (_("Hake's g (class)"), "hake_g", 3),
            (_("Effect size g_av"), "g_av", 3),
        ):
            table.add([label, SMALL if hidden else _num(overall.get(key), digits)])
        low, high = _ci(overall, "g_av_ci")
        interval = f"{low} – {high}" if low is not None and high is not None else None
        table.add([_("Effect size g_av, 95% CI"), SMALL if hidden else interval])
    return table
