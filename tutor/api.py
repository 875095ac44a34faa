"""Tutor API (/api/v1/tutor/..., /api/v1/me/mastery...)."""

from ninja import Router

router = Router(tags=["tutor"])
