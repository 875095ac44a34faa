"""Errors raised by attempt workflows; the API maps them to 409 and 422 responses."""


class AttemptClosedError(Exception):
    """Answers or a submission arrived after the attempt was submitted or its time ran out (409)."""


class NoAttemptsLeftError(Exception):
    """The learner has used every attempt the assessment allows (409)."""


class InvalidAnswerError(ValueError):
    """An answer does not fit its question: unknown option, wrong shape, too long (422)."""


class NotInAttemptError(LookupError):
    """The question is not part of this attempt (404)."""
