import pytest

from courses.models import Topic
from universities.models import LegalClinic, University

pytestmark = pytest.mark.django_db


def clinic(university, slug, region="", topics=(), active=True):
    obj = LegalClinic.objects.create(
        university=university, slug=slug, name_kk=slug, city="Almaty", region=region, is_active=active
    )
    obj.specialisations.set(topics)
    return obj


def test_for_topic_puts_matching_topic_then_region_first_and_skips_inactive():
    uni = University.objects.create(slug="test-kaznu", name_kk="ҚазҰУ", city="Almaty")
    housing = Topic.objects.create(slug="housing-x", name_kk="Тұрғын үй")
    other = Topic.objects.create(slug="labour-x", name_kk="Еңбек")
    a = clinic(uni, "a-other-topic", region="Almaty", topics=[other])
    b = clinic(uni, "b-housing-far", region="Atyrau", topics=[housing])
    c = clinic(uni, "c-housing-near", region="Almaty", topics=[housing])
    clinic(uni, "d-closed", region="Almaty", topics=[housing], active=False)

    assert list(LegalClinic.objects.filter(university=uni).for_topic(housing, "almaty")) == [c, b, a]
    assert list(LegalClinic.objects.filter(university=uni).for_topic()) == [a, b, c]


def test_clinic_name_follows_language_with_kazakh_fallback(settings):
    from django.utils import translation

    uni = University.objects.create(slug="test-enu", name_kk="ЕҰУ", name_ru="ЕНУ", city="Astana")
    with translation.override("ru"):
        assert uni.name == "ЕНУ"
    with translation.override("en"):
        assert uni.name == "ЕҰУ"
