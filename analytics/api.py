"""Analytics API: /api/v1/analytics/... The same aggregates as the dashboards, through the same access rules
(``analytics.access``): 401 when signed out, 404 for a cohort or course the caller may not see, 422 for bad
parameters. Every figure is already suppressed (groups of fewer than 5 are null). ``/impact`` is public."""

from typing import Literal
from uuid import UUID

from ninja import Router
from ninja.errors import HttpError

from accounts.auth import API_AUTH

from . import access, charts, funnel
from .dashboards import suppress_item_report
from .events_api import router as events_router
from .schemas import DistributionSchema, DropoffRowSchema, FunnelRowSchema, GainsSchema, ImpactSchema, ItemsSchema

router = Router(tags=["analytics"], auth=API_AUTH)
router.add_router("", events_router)  # POST /recordings/{id}/progress (learning events)


def _report(build, **params):
    """A report from analytics.reports; parameters it refuses are the caller's mistake (422)."""
    from .reports import ReportError

    try:
        return build(**params)
    except ReportError as error:
        raise HttpError(422, str(error)) from None


GroupBy = Literal["course", "cohort", "university", "language", "settlement_type", "age_band", "gender", "topic"]
Language = Literal["kk", "ru", "en"]
Phase = Literal["pre", "post"]


def _cohort_and_course(user, cohort_id, course):
    cohort = access.get_cohort(user, cohort_id)
    key = access.cohort_course_key(cohort, course) if course is not None else None
    return cohort, key


@router.get("/cohorts/{int:cohort_id}/gains", response=GainsSchema)
def cohort_gains(request, cohort_id: int, by: GroupBy = "course", course: UUID | None = None):
    """Literacy gain of the cohort's learners per group (``by``), with effect sizes, 95% CIs and p-values."""
    from . import reports

    cohort, key = _cohort_and_course(request.auth, cohort_id, course)
    return _report(reports.gains_report, course_key=key, cohort_ids=[cohort.pk], by=by)


@router.get("/cohorts/{int:cohort_id}/progress", response=list[FunnelRowSchema])
def cohort_progress(request, cohort_id: int):
    """Enrolled, started, completed and certified learners of the cohort, per course of the cohort."""
    cohort = access.get_cohort(request.auth, cohort_id)
    return funnel.funnel(cohort_ids=[cohort.pk])


@router.get("/cohorts/{int:cohort_id}/distributions", response=DistributionSchema)
def cohort_distributions(request, cohort_id: int, course: UUID | None = None):
    """Pre-test and post-test scores of matched learners as percentiles (never individual scores); null when
    fewer than 5."""
    from . import reports

    cohort, key = _cohort_and_course(request.auth, cohort_id, course)
    data = _report(reports.score_distributions, course_key=key, cohort_ids=[cohort.pk])
    return {"pre": charts.summarise(data.get("pre") or []), "post": charts.summarise(data.get("post") or [])}


@router.get("/courses/{course_key}/funnel", response=FunnelRowSchema)
def course_funnel(request, course_key: UUID):
    """The course's funnel over all learners (editors)."""
    key = access.get_course_key(request.auth, course_key)
    return funnel.funnel(keys=[key])[0]


@router.get("/courses/{course_key}/dropoff", response=list[DropoffRowSchema])
def course_dropoff(request, course_key: UUID):
    """Per lesson, in order: learners who opened it and who completed it (editors)."""
    return funnel.dropoff(access.get_course_key(request.auth, course_key))


@router.get("/courses/{course_key}/items", response=ItemsSchema)
def course_items(request, course_key: UUID, language: Language | None = None, phase: Phase = "post"):
    """Item quality of the course's tests: facility, discrimination, flags, reliability, translation bias and
    certainty-based-marking calibration (editors)."""
    from . import reports

    key = access.get_course_key(request.auth, course_key)
    report = _report(reports.item_quality_report, course_key=key, language=language, phase=phase)
    return suppress_item_report(report)


@router.get("/impact", response=ImpactSchema, auth=None)
def impact(request):
    """Public aggregate numbers (the impact page), small numbers suppressed."""
    from .dashboards import ImpactDashboard

    dashboard = ImpactDashboard()
    return {**dashboard.totals, "gain": dashboard.overall}
