"""What "download my data" shows of research: the person's consent decisions per project."""

from .models import ResearchConsent


def export_research_data(user):
    return {
        "consents": [
            {
                "project": consent.project.title,
                "institution": consent.project.institution,
                "consent_version": consent.text_version,
                "agreed": consent.granted,
                "recorded_at": consent.recorded_at.isoformat(),
            }
            for consent in ResearchConsent.objects.filter(user=user).select_related("project")
        ]
    }
