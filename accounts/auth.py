"""API authentication: the browser session (with CSRF) or a personal API token (Bearer).

Tokens are Wagtail's own APIToken (only an HMAC of the key is stored, revocable, shown once).
"""

from ninja.security import HttpBearer, SessionAuth

from django.utils import timezone

from wagtail.models import APIToken


def user_for_token(raw_token):
    if not raw_token or not APIToken.validate_token_format(raw_token):
        return None
    token = (
        APIToken.objects.filter(key_hash__in=APIToken.candidate_key_hashes(raw_token), revoked_at__isnull=True)
        .select_related("user")
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        APIToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


class ApiTokenAuth(HttpBearer):
    def authenticate(self, request, token):
        user = user_for_token(token)
        if user is not None:
            request.user = user
        return user


class OptionalAuth:
    """For public endpoints: identifies the caller when possible, never refuses."""

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return user
        header = request.headers.get("Authorization", "")
        if header.lower().startswith("bearer "):
            return ApiTokenAuth().authenticate(request, header[7:].strip()) or True
        return True


API_AUTH = [ApiTokenAuth(), SessionAuth()]
