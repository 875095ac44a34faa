"""The three dashboards' data: which reports each one asks for, with which filters, and the tables and figures
built from them. Pages, downloads and the API use these same objects, so they always agree (and are
suppressed alike). Access is checked in ``analytics.access`` when a dashboard is built.
"""

from functools import cached_property

from django import forms
from django.core.cache import cache
from django.http import Http404
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from . import access, charts, funnel, suppression, tables

GROUP_CHOICES = [
    ("cohort", gettext_lazy("Cohort")),
    ("course", gettext_lazy("Course")),
    ("university", gettext_lazy("University")),
    ("language", gettext_lazy("Language")),
    ("settlement_type", gettext_lazy("Settlement type")),
    ("age_band", gettext_lazy("Age band")),
    ("gender", gettext_lazy("Gender")),
    ("topic", gettext_lazy("Topic")),
]
LANGUAGE_CHOICES = [("", gettext_lazy("All languages")), ("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")]
PHASE_CHOICES = [("post", gettext_lazy("Post-test")), ("pre", gettext_lazy("Pre-test"))]
IMPACT_CACHE_SECONDS = 600


class EditorFilters(forms.Form):
    course = forms.CharField(required=False, label=gettext_lazy("Course"))
    language = forms.ChoiceField(required=False, choices=LANGUAGE_CHOICES, label=gettext_lazy("Language"))
    phase = forms.ChoiceField(required=False, choices=PHASE_CHOICES, label=gettext_lazy("Test"))


class StaffFilters(forms.Form):
    cohort = forms.CharField(required=False, label=gettext_lazy("Cohort"))
    course = forms.CharField(required=False, label=gettext_lazy("Course"))
    by = forms.ChoiceField(required=False, choices=GROUP_CHOICES, label=gettext_lazy("Compare by"))


class BadFilter(Exception):
    """A filter value is not one of the allowed ones; the message lists the problems for the person."""


def _clean(form):
    if not form.is_valid():
        problems = [f"{form.fields[name].label}: {' '.join(errors)}" for name, errors in form.errors.items()]
        raise BadFilter("; ".join(problems))
    return form.cleaned_data


def suppress_item_report(report):
    """Bias rows with fewer than 5 answers in either language, and calibration rows with fewer than 5 answers,
    lose their figures (the reports suppress items and tests themselves)."""
    report = dict(report)
    bias = []
    for row in report.get("bias", []):
        if suppression.is_small(row.get("n_ref")) or suppression.is_small(row.get("n_focal")):
            row = {**row, "alpha_mh": None, "delta_mh": None, "flag": None, "n_ref": None, "n_focal": None}
        bias.append(row)
    calibration = []
    for row in report.get("calibration", []):
        if suppression.is_small(row.get("n")):
            row = {**row, "n": None, "accuracy": None, "overconfident": None, "suppressed": True}
        calibration.append(row)
    report["bias"], report["calibration"] = bias, calibration
    return report


class Dashboard:
    name = ""
    figure_names = ()
    tables_first = False  # tables without a figure come before the figures (the impact page's numbers)

    def table(self, name) -> tables.Table:
        if name not in self.table_names:
            raise Http404("No such table.")
        return getattr(self, f"{name}_table")()

    def figures(self):
        """[(table name, figure data)] for the page."""
        return [(name, charts.to_data(getattr(self, f"{name}_figure")())) for name in self.figure_names]


class EditorDashboard(Dashboard):
    """Funnel and drop-off per course, item quality per course, language and phase: editors only."""

    name = "editor"
    table_names = ("funnel", "dropoff", "items", "bias", "reliability", "calibration")
    figure_names = ("funnel", "dropoff", "items")

    def __init__(self, user, params):
        access.require_editor(user)
        self.form = EditorFilters(params)
        data = _clean(self.form)
        self.course_keys = funnel.course_keys()
        if data["course"]:
            self.course_key = access.get_course_key(user, data["course"])
        else:
            self.course_key = self.course_keys[0] if self.course_keys else None
        self.language = data["language"] or None
        self.phase = data["phase"] or "post"

    @cached_property
    def funnel_rows(self):
        return funnel.funnel(keys=self.course_keys)

    @cached_property
    def courses(self):
        return [(row["course_key"], row["label"]) for row in self.funnel_rows]

    @cached_property
    def dropoff_rows(self):
        return funnel.dropoff(self.course_key) if self.course_key else []

    @cached_property
    def item_report(self):
        from . import reports

        if self.course_key is None:
            return {"tests": [], "items": [], "bias": [], "calibration": []}
        report = reports.item_quality_report(course_key=self.course_key, language=self.language, phase=self.phase)
        return suppress_item_report(report)

    def funnel_table(self):
        return tables.funnel_table(self.funnel_rows)

    def dropoff_table(self):
        return tables.dropoff_table(self.dropoff_rows)

    def items_table(self):
        return tables.items_table(self.item_report)

    def bias_table(self):
        return tables.bias_table(self.item_report)

    def reliability_table(self):
        return tables.reliability_table(self.item_report)

    def calibration_table(self):
        return tables.calibration_table(self.item_report)

    def funnel_figure(self):
        return charts.funnel_chart(self.funnel_rows)

    def dropoff_figure(self):
        return charts.dropoff_chart(self.dropoff_rows)

    def items_figure(self):
        return charts.item_chart(self.item_report.get("items", []))


class StaffDashboard(Dashboard):
    """Progress and gains of the cohorts a university staff member may see (one cohort or all of them)."""

    name = "university"
    table_names = ("progress", "gains", "topics", "distribution")
    figure_names = ("progress", "gains", "topics", "distribution")

    def __init__(self, user, params):
        self.form = StaffFilters(params)
        data = _clean(self.form)
        self.cohorts = list(access.dashboard_cohorts(user).select_related("university").order_by("name"))
        if not self.cohorts:
            raise Http404("No analytics here.")
        self.cohort = access.get_cohort(user, data["cohort"]) if data["cohort"] else None
        self.cohort_ids = [self.cohort.pk] if self.cohort else [cohort.pk for cohort in self.cohorts]
        self.course_key = None
        if data["course"]:
            key = access.parse_course_key(data["course"])
            if not any(str(key) == row["course_key"] for row in self.progress_rows):
                raise Http404("No such course.")
            self.course_key = key
        self.by = data["by"] or "cohort"

    @cached_property
    def progress_rows(self):
        return funnel.funnel(cohort_ids=self.cohort_ids)

    @cached_property
    def courses(self):
        seen = {}
        for row in self.progress_rows:
            seen.setdefault(row["course_key"], row["label"])
        return list(seen.items())

    @cached_property
    def gains(self):
        from . import reports

        return reports.gains_report(course_key=self.course_key, cohort_ids=self.cohort_ids, by=self.by)

    @cached_property
    def topic_gains(self):
        from . import reports

        return reports.gains_report(course_key=self.course_key, cohort_ids=self.cohort_ids, by="topic")

    @cached_property
    def distributions(self):
        from . import reports

        return reports.score_distributions(course_key=self.course_key, cohort_ids=self.cohort_ids)

    def progress_table(self):
        return tables.funnel_table(self.progress_rows, cohorts={cohort.pk: cohort.name for cohort in self.cohorts})

    def gains_table(self):
        return tables.gains_table(self.gains)

    def topics_table(self):
        return tables.gains_table(self.topic_gains, name="topics", title=_("Gain by topic"))

    def distribution_table(self):
        return tables.distribution_table(self.distributions)

    def progress_figure(self):
        return charts.funnel_chart(self.progress_rows, title=_("Progress"))

    def gains_figure(self):
        return charts.gains_chart(self.gains)

    def topics_figure(self):
        return charts.gains_chart(self.topic_gains, title=_("Gain by topic"))

    def distribution_figure(self):
        return charts.distribution_chart(self.distributions)


class ImpactDashboard(Dashboard):
    """Public aggregate numbers, the same for everyone, cached per language."""

    name = "impact"
    tables_first = True
    table_names = ("impact", "gains")
    figure_names = ("gains",)

    def __init__(self, user=None, params=None):
        key = f"analytics:impact:{get_language()}"
        data = cache.get(key)
        if data is None:
            data = self._compute()
            cache.set(key, data, IMPACT_CACHE_SECONDS)
        self.totals, self.gains = data

    @staticmethod
    def _compute():
        from . import reports

        return funnel.totals(), reports.gains_report(by="course")

    @property
    def overall(self):
        return self.gains.get("overall")

    def impact_table(self):
        return tables.impact_table(self.totals, self.overall)

    def gains_table(self):
        return tables.gains_table(self.gains, title=_("Literacy gain by course"))

    def gains_figure(self):
        return charts.gains_chart(self.gains, title=_("Literacy gain by course"))


DASHBOARDS = {cls.name: cls for cls in (EditorDashboard, StaffDashboard, ImpactDashboard)}
