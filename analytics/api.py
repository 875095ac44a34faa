"""Analytics API: /api/v1/analytics/... (aggregates, access-checked like the dashboards)."""

from ninja import Router

from .events_api import router as events_router

router = Router(tags=["analytics"])
router.add_router("", events_router)
