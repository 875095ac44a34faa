from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Sends people to the page for their preferred language after login."""

    def get_login_redirect_url(self, request):
        from django.utils import translation

        language = getattr(request.user, "preferred_language", None)
        if language:
            translation.activate(language)
        return super().get_login_redirect_url(request)
