"""Analytics models (learning events and their xAPI forwarding live in ``events.py``)."""

from .events import ForwardingStatus, Kind, LearningEvent

__all__ = ["ForwardingStatus", "Kind", "LearningEvent"]
