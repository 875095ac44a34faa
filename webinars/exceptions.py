"""Errors raised by registration, booking and moderation; the API answers every one with 409.

Each message is a sentence for the person who asked, already translated.
"""


class WebinarError(Exception):
    """Base class: the request is understood but the webinar's state does not allow it."""


class RegistrationClosedError(WebinarError):
    """Raised when someone registers for, books or cancels a webinar that has already started."""


class WebinarFullError(WebinarError):
    """Raised when every seat is taken and the webinar has no waiting list."""


class SlotUnavailableError(WebinarError):
    """Raised when a consultation slot is taken, does not exist, or a slot is missing or not expected."""


class InvalidTransitionError(WebinarError):
    """Raised when a registration or question is asked to move to a status its current status does not allow."""
