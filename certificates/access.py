"""The one place that decides which certificates a request may see, and the verify-lookup rate limit.

A learner sees only their own certificates; anything else (another learner's id, an unknown id, a
withdrawn account) is the same "not found". The public verify page and API look certificates up by
their 128-bit public id and are rate-limited per client address.
"""

from django.conf import settings
from django.http import Http404

from config.ratelimit import client_address, hit

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


def check_verify_rate(request):
    """Count one lookup for this client; raise RateLimitedError past SAUAT_CERT_VERIFY_RATE per window."""
    limit, window = settings.SAUAT_CERT_VERIFY_RATE
    if hit(f"certificates:verify:{client_address(request)}", window) > limit:
        raise RateLimitedError("Too many verification requests. Please wait a minute and try again.")
