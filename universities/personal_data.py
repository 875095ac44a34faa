"""What the universities app holds about one person, for "download my data"."""

from .models import ClinicMembership, CohortMembership, Intake, UniversityMembership


def export_universities(user):
    return {
        "cohorts": [
            {
                "university": m.cohort.university.name,
                "cohort": m.cohort.name,
                "student_id": m.student_id,
                "group": m.group,
                "joined_at": m.joined_at.isoformat(),
                "source": m.source,
            }
            for m in CohortMembership.objects.filter(user=user).select_related("cohort__university")
        ],
        "staff_roles": [
            {"university": m.university.name, "role": m.role}
            for m in UniversityMembership.objects.filter(user=user).select_related("university")
        ]
        + [
            {"clinic": m.clinic.name, "role": m.role}
            for m in ClinicMembership.objects.filter(user=user).select_related("clinic")
        ],
        "clinic_intakes": [
            {
                "clinic": intake.clinic.name,
                "reference": intake.reference,
                "topic": intake.topic.slug if intake.topic else None,
                "description": intake.description,
                "name": intake.name,
                "email": intake.email,
                "phone": intake.phone,
                "contact_preference": intake.contact_preference,
                "status": intake.status,
                "consent_text_version": intake.consent_text_version,
                "consent_given_at": intake.consent_given_at.isoformat(),
                "created_at": intake.created_at.isoformat(),
            }
            for intake in Intake.objects.filter(user=user).select_related("clinic", "topic")
        ],
        "clinic_cases_handled": [
            {"clinic": i.clinic.name, "reference": i.reference, "hours": float(i.hours), "status": i.status}
            for i in Intake.objects.filter(assigned_to=user).select_related("clinic")
        ],
    }
