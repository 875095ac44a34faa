"""Rate limit for questions: per signed-in user and per client address, counted in the Django cache."""

import hashlib
import hmac

from django.conf import settings

from config.ratelimit import client_address, hit

from .models.questions import pseudonym

WINDOWS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def limit():
    """(count, seconds) from SAUAT_TUTOR_RATE_LIMIT such as "20/h"."""
    count, _slash, unit = settings.SAUAT_TUTOR_RATE_LIMIT.partition("/")
    return int(count), WINDOWS.get(unit or "h", 3600)


def _keyed(value):
    secret = (settings.SAUAT_TUTOR_LOG_SECRET or settings.SECRET_KEY).encode()
    return hmac.new(secret, value.encode(), hashlib.sha256).hexdigest()[:32]


def asker_key(request):
    """Who asked, pseudonymously: the keyed hash of the user id, else of the client address."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return pseudonym(user)
    return _keyed(f"anon:address:{client_address(request)}")


def allow(request):
    """Count one question for this user and this address; False when either is over the limit."""
    count, seconds = limit()
    keys = [f"tutor:address:{_keyed(client_address(request))}"]
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        keys.append(f"tutor:user:{pseudonym(user)}")
    counts = [hit(key, seconds) for key in keys]  # count every key, even when the first is over
    return all(n <= count for n in counts)
