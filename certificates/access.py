"""The one place that decides which certificates a request may see, and the verify-lookup rate limit.

A learner sees only their own certificates; anything else (another learner's id, an unknown id, a
withdrawn account) is the same "not found". The public verify page and API look certificates up by
their 128-bit public id and are rate-limited per client address.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import Http404

from .models import Certificate


class RateLimitedError(Exception):
    """Raised when a client has made too many verification lookups in the current window."""


def own_certificate(user, public_id) -> Certificate:
    certificate = None
    if user.is_authenticated:
        certificate = Certificate.objects.for_user(user).filter(public_id=public_id).first()
    if certificate is None:
        raise Http404("No such certificate.")
    return certificate


def public_certificate(public_id) -> Certificate:
    certificate = Certificate.objects.filter(public_id=public_id).first()
    if certificate is None:
        raise Http404("No such certificate.")
    return certificate


def client_address(request):
    return request.META.get("REMOTE_ADDR", "unknown")


def check_verify_rate(request):
    """Count one lookup for this client; raise RateLimitedError past SAUAT_CERT_VERIFY_RATE per window."""
    limit, window = settings.SAUAT_CERT_VERIFY_RATE
    key = f"certificates:verify:{client_address(request)}:{int(time.time() // window)}"
    cache.add(key, 0, timeout=window + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window + 1)
        count = 1
    if count > limit:
        raise RateLimitedError("Too many verification requests. Please wait a minute and try again.")
