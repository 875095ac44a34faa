"""One request counter for every rate limit on the site (tutor questions, certificate lookups).

Counts live in the Django cache (Redis in production, so every worker shares them). Each window is a
fixed slot of ``seconds``; a key's count starts at 1 and the key expires with its window.
"""

import time

from django.core.cache import cache


def client_address(request):
    """The client's address as the web server saw it (behind a proxy, set REMOTE_ADDR there)."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def hit(key, seconds):
    """Count one request for ``key`` in the current ``seconds``-long window; returns the count so far."""
    slot = f"sauat:rate:{key}:{int(time.time() // seconds)}"
    cache.add(slot, 0, timeout=seconds + 1)
    try:
        return cache.incr(slot)
    except ValueError:  # expired between add and incr
        cache.set(slot, 1, timeout=seconds + 1)
        return 1
