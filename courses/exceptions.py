"""Errors raised by enrolment and progress state changes."""


class InvalidTransitionError(Exception):
    """Raised when an enrolment is asked to move to a status its current status does not allow."""


class NotEnrolledError(Exception):
    """Raised when an action needs an active enrolment and the learner has none."""
