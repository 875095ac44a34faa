"""Analytics models (learning events and their xAPI forwarding live in ``events.py``)."""
