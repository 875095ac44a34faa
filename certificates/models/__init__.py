"""Certificate templates, completion rules and issued certificates."""

from .certificates import STATUS_LIST_SIZE, Certificate, new_public_id
from .rules import CompletionRule
from .templates import CertificateTemplate, Signatory

__all__ = ["STATUS_LIST_SIZE", "Certificate", "CertificateTemplate", "CompletionRule", "Signatory", "new_public_id"]
