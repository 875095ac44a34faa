"""Universities, their cohorts and enrolment imports, and legal clinics with their intakes."""

from .clinics import ClinicMembership, Intake, LegalClinic
from .cohorts import Cohort, CohortMembership, EnrolmentImport
from .organisations import University, UniversityMembership

__all__ = [
    "ClinicMembership",
    "Cohort",
    "CohortMembership",
    "EnrolmentImport",
    "Intake",
    "LegalClinic",
    "University",
    "UniversityMembership",
]
