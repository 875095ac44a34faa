from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that it never redirects API responses.

    Django turns a 404 on an unprefixed URL into a redirect to /<lang>/<url> when that URL is
    valid; Wagtail's catch-all page route makes every URL valid, so a JSON 404 from the API
    would become a redirect to an HTML page.
    """

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)
