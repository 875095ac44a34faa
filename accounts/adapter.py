from allauth.account.adapter import DefaultAccountAdapter

from django.utils import translation


class AccountAdapter(DefaultAccountAdapter):
    """After login or sign-up, continue in the person's preferred language."""

    def _in_preferred_language(self, request, get_url):
        language = getattr(request.user, "preferred_language", None)
        if language:
            translation.activate(language)
        return get_url(request)

    def get_login_redirect_url(self, request):
        return self._in_preferred_language(request, super().get_login_redirect_url)

    def get_signup_redirect_url(self, request):
        return self._in_preferred_language(request, super().get_signup_redirect_url)
