"""The one NinjaAPI instance: /api/v1/, OpenAPI docs at /api/v1/docs, errors always JSON."""

import logging

from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.parser import Parser

from django.http import Http404

from certificates.access import RateLimitedError
from courses.exceptions import InvalidTransitionError
from quizzes.exceptions import AttemptClosedError, InvalidAnswerError, NoAttemptsLeftError, NotInAttemptError
from research.exceptions import ExportSpecError, ResearchError
from universities.exceptions import UniversityError
from webinars.exceptions import WebinarError

logger = logging.getLogger("sauat.api")

BAD_BODY = "Cannot parse request body"


class ObjectBodyParser(Parser):
    """JSON bodies must be objects; anything else is refused like unparseable JSON."""

    def parse_body(self, request):
        data = super().parse_body(request)
        if not isinstance(data, dict):
            raise ValueError("The request body must be a JSON object.")
        return data


api = NinjaAPI(
    parser=ObjectBodyParser(),
    title="Sauat API",
    version="1.0.0",
    description=(
        "Courses, enrolment, progress and webinars. Authenticate with the session or `Authorization: Bearer <token>`."
    ),
    urls_namespace="api",
)

api.add_router("/", "courses.api.router")
api.add_router("/me/profile", "accounts.api.router")
api.add_router("/", "quizzes.api.router")
api.add_router("/", "webinars.api.router")
api.add_router("/", "tutor.api.router")
api.add_router("/", "certificates.api.router")
api.add_router("/", "universities.api.router")
api.add_router("/analytics", "analytics.api.router")
api.add_router("/research", "research.api.router")


def _error(request, status, message, detail=None):
    body = {"message": message}
    if detail is not None:
        body["detail"] = detail
    return api.create_response(request, body, status=status)


@api.exception_handler(Http404)
def not_found(request, exc):
    return _error(request, 404, "Not found.", "Not Found")


@api.exception_handler(AuthenticationError)
def unauthorized(request, exc):
    return _error(request, 401, "Authentication required: log in or send a personal API token.", "Unauthorized")


@api.exception_handler(ValidationError)
def invalid_input(request, exc):
    messages = [f"{'.'.join(str(p) for p in e.get('loc', []))}: {e.get('msg', '')}" for e in exc.errors]
    return _error(request, 422, "The request is not valid. " + "; ".join(messages), exc.errors)


@api.exception_handler(InvalidTransitionError)
@api.exception_handler(ResearchError)
@api.exception_handler(WebinarError)
@api.exception_handler(UniversityError)
def conflict(request, exc):
    return _error(request, 409, str(exc))


@api.exception_handler(AttemptClosedError)
@api.exception_handler(NoAttemptsLeftError)
def attempt_conflict(request, exc):
    return _error(request, 409, str(exc))


@api.exception_handler(InvalidAnswerError)
@api.exception_handler(ExportSpecError)
def invalid_answer(request, exc):
    return _error(request, 422, str(exc))


@api.exception_handler(NotInAttemptError)
def not_in_attempt(request, exc):
    return _error(request, 404, str(exc), "Not Found")


@api.exception_handler(RateLimitedError)
def rate_limited(request, exc):
    return _error(request, 429, str(exc))


@api.exception_handler(HttpError)
def http_error(request, exc):
    if exc.status_code == 400 and str(exc).startswith(BAD_BODY):
        # ninja reports unparseable bodies as 400; they are invalid input like any other (422).
        return _error(request, 422, "The request is not valid. The body must be a JSON object.")
    return _error(request, exc.status_code, str(exc))


@api.exception_handler(Exception)
def server_error(request, exc):
    logger.exception("Unhandled API error", exc_info=exc)
    return _error(request, 500, "Something went wrong on our side. Please try again later.")
