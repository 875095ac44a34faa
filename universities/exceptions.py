"""Errors of the universities app; the API maps UniversityError to 409 (config/api.py)."""


class UniversityError(Exception):
    """Base class: a request that conflicts with the current state (shown to the person as is)."""


class InvalidStatusError(UniversityError):
    """Raised when an intake or an enrolment import is asked to make a move its status does not allow."""


class JoinClosedError(UniversityError):
    """Raised when someone joins a cohort whose join code is switched off or whose end date has passed."""


class BadEnrolmentFileError(Exception):
    """Raised when an uploaded enrolment file cannot be read at all (wrong format, no header, too big)."""
