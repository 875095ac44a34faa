"""Research projects, consent, saved export specs, export jobs and their audit log."""

from .exports import ExportAuditEntry, ExportSpec, ResearchExport, spec_hash
from .projects import DUA_VERSION, ConsentText, ResearchConsent, ResearchProject

__all__ = [
    "DUA_VERSION",
    "ConsentText",
    "ExportAuditEntry",
    "ExportSpec",
    "ResearchConsent",
    "ResearchExport",
    "ResearchProject",
    "spec_hash",
]
