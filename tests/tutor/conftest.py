"""Fixtures of the tutor tests: the demo site (loaded once, indexed by the publish signals) plus clinics."""

import pytest

from courses.models import Topic
from universities.models import LegalClinic, University


@pytest.fixture
def clinic(db):
    university = University.objects.create(slug="test-university", name_kk="Сынақ университеті", city="Алматы")
    clinic = LegalClinic.objects.create(
        university=university,
        slug="test-legal-clinic",
        name_kk="Сынақ заң клиникасы",
        name_ru="Тестовая юридическая клиника",
        name_en="Test legal clinic",
        city="Almaty",
        region="Almaty",
        languages=["kk", "ru"],
        phone="+7 727 000 00 00",
        website="https://clinic.example.kz",
    )
    clinic.specialisations.set(Topic.objects.filter(slug__in=["consumer", "legal-aid"]))
    return clinic
