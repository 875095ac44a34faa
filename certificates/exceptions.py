class CertificateError(Exception):
    """Base class for certificate workflow errors."""


class InvalidCertificateTransitionError(CertificateError):
    """Raised when a certificate is revoked or superseded although it is no longer valid."""


class NotEligibleError(CertificateError):
    """Raised when a certificate is requested for a learner who has not met the course's completion rule."""


class SigningKeyMissingError(CertificateError):
    """Raised when no signing key is configured and deriving a development key is not allowed."""
