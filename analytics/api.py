"""Analytics API: /api/v1/analytics/... (aggregates, access-checked like the dashboards)."""

from ninja import Router

router = Router(tags=["analytics"])
