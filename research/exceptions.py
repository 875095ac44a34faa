"""Errors of the research app; the API maps ResearchError to 409 (config/api.py)."""


class ResearchError(Exception):
    """Base class: a request that conflicts with the current state (the message is shown as is)."""


class ProjectNotOpenError(ResearchError):
    """Raised when consent or an export is asked of a project that is not approved or has ended."""


class ExportSpecError(ResearchError):
    """Raised when an export specification names instruments, items or options the project does not allow."""
