"""Legal clinics: public directory, citizen intake, the clinic queue workflow, hours, retention and privacy."""

from datetime import timedelta
from decimal import Decimal

import pytest

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from accounts.personal_data import export_for
from courses.models import Topic
from tests.universities.conftest import new_intake
from universities import actions, tasks
from universities.exceptions import InvalidStatusError
from universities.models import Intake, LegalClinic, University
from universities.models.clinics import months_before

pytestmark = pytest.mark.django_db


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(name, args=args)


# -- directory -----------------------------------------------------------------------------------


def test_directory_filters_by_city_language_and_specialisation(client):
    def slugs(**params):
        page = client.get(url("clinics:directory"), params).content.decode()
        return {slug for slug in ("kaznu-legal-clinic", "enu-legal-clinic") if f"/clinics/{slug}/" in page}

    assert slugs() == {"kaznu-legal-clinic", "enu-legal-clinic"}
    assert slugs(city="Astana") == {"enu-legal-clinic"}
    assert slugs(language="en") == {"enu-legal-clinic"}
    assert slugs(specialisation="data-ai") == {"kaznu-legal-clinic"}
    assert slugs(city="Astana", specialisation="data-ai") == set()


def test_directory_empty_state_and_pagination(client, django_assert_max_num_queries):
    assert "No clinic matches" in client.get(url("clinics:directory"), {"city": "Nowhere"}).content.decode()
    university = University.objects.create(slug="many", name_kk="Көп", city="Aktobe")
    for n in range(13):
        LegalClinic.objects.create(university=university, slug=f"c{n:02d}", name_kk=f"Клиника {n:02d}", city="Aktobe")
    with django_assert_max_num_queries(15):
        first = client.get(url("clinics:directory"), {"city": "Aktobe"}).content.decode()
    second = client.get(url("clinics:directory"), {"city": "Aktobe", "page": "2"}).content.decode()
    assert first.count("/clinics/c") == 12 and second.count("/clinics/c") == 1
    assert "page=2" in first and "city=Aktobe" in first


def test_directory_and_clinic_page_speak_kazakh_and_russian(client):
    kk = client.get(url("clinics:directory", language="kk")).content.decode()
    ru = client.get(url("clinics:detail", "kaznu-legal-clinic", language="ru")).content.decode()
    assert "Тегін заң клиникалары" in kk and "ҚазҰУ заң клиникасы" in kk
    assert "Юридическая клиника КазНУ" in ru and "Опишите вашу ситуацию" in ru


def test_clinic_absolute_url_is_the_public_page(client):
    clinic = LegalClinic.objects.get(slug="enu-legal-clinic")
    with translation.override("ru"):
        assert clinic.get_absolute_url() == "/ru/clinics/enu-legal-clinic/"
    assert client.get(clinic.get_absolute_url()).status_code == 200
    assert client.get(url("clinics:detail", "no-such-clinic")).status_code == 404


# -- intake --------------------------------------------------------------------------------------


def intake_form(**overrides):
    data = {
        "topic": Topic.objects.get(slug="consumer").pk,
        "description": "Дүкен ақаулы тауарды қайтарудан бас тартты.",
        "name": "Гүлнар",
        "contact_preference": "email",
        "email": "gulnar@example.kz",
        "phone": "",
        "consent": "on",
        "submission_key": "key-1",
    }
    data.update(overrides)
    return data


def test_citizen_intake_reaches_that_clinics_queue_once_even_when_sent_twice(client, world):
    page = url("clinics:detail", "enu-legal-clinic")
    first = client.post(page, intake_form())
    second = client.post(page, intake_form())
    assert first.status_code == second.status_code == 302
    intake = Intake.objects.get(submission_key="key-1")
    assert intake.clinic == world.clinic_b and intake.status == Intake.Status.NEW
    assert intake.consent_text_version == Intake.CONSENT_VERSION and intake.language == "en"
    thanks = client.get(first["Location"]).content.decode()
    assert intake.reference in thanks
    client.force_login(world.supervisor_b)
    assert intake.reference in client.get(url("universities:clinic_queue", world.clinic_b.pk)).content.decode()
    client.force_login(world.supervisor_a)
    assert intake.reference not in client.get(url("universities:clinic_queue", world.clinic_a.pk)).content.decode()


@pytest.mark.parametrize(
    ("overrides", "field_error"),
    [
        ({"consent": ""}, "This field is required."),
        ({"email": ""}, "Enter your e-mail address"),
        ({"contact_preference": "phone", "phone": ""}, "Enter your phone number"),
        ({"contact_preference": "phone", "phone": "call me"}, "Enter a phone number with digits"),
        ({"description": ""}, "This field is required."),
        ({"description": "x" * 4001}, "at most 4000 characters"),
    ],
)
def test_bad_intake_is_refused_with_a_reason_and_nothing_stored(client, overrides, field_error):
    response = client.post(url("clinics:detail", "kaznu-legal-clinic"), intake_form(**overrides))
    assert response.status_code == 200 and field_error in response.content.decode()
    assert not Intake.objects.filter(submission_key="key-1").exists()


# -- queue workflow ------------------------------------------------------------------------------


@pytest.fixture
def intake(world):
    return new_intake(world.clinic_a, "flow")


def test_supervisor_assigns_consultant_answers_supervisor_closes_and_hours_count(client, world, intake):
    client.force_login(world.supervisor_a)
    client.post(url("universities:intake_assign", intake.pk), {"consultant": world.consultant_a.pk})
    intake.refresh_from_db()
    assert intake.status == "assigned" and intake.assigned_to == world.consultant_a

    client.force_login(world.consultant_a)
    client.post(url("universities:intake_answer", intake.pk), {"answer_summary": "Түсіндірдім.", "hours": "1.5"})
    intake.refresh_from_db()
    assert intake.status == "answered" and intake.hours == Decimal("1.50")

    client.force_login(world.supervisor_a)
    client.post(url("universities:intake_close", intake.pk))
    intake.refresh_from_db()
    assert intake.status == "closed" and intake.closed_at is not None
    hours = list(Intake.objects.for_clinic(world.clinic_a).hours_by_consultant())
    assert hours[0]["assigned_to"] == world.consultant_a.pk and hours[0]["total_hours"] == Decimal("1.50")
    page = client.get(url("universities:clinic_queue", world.clinic_a.pk)).content.decode()
    assert "1.50 h in 1 case" in page


def test_transitions_are_guarded(world, intake):
    with pytest.raises(InvalidStatusError):
        intake.record_answer("too early", Decimal("1"))
    with pytest.raises(InvalidStatusError):
        intake.assign(world.supervisor_b)  # not a consultant of this clinic
    intake.close()
    with pytest.raises(InvalidStatusError):
        intake.assign(world.consultant_a)
    intake.refresh_from_db()
    assert intake.status == "closed" and intake.assigned_to is None


def test_invalid_move_from_the_page_shows_an_error_and_changes_nothing(client, world, intake):
    intake.close()
    client.force_login(world.supervisor_a)
    response = client.post(url("universities:intake_assign", intake.pk), {"consultant": world.consultant_a.pk})
    assert response.status_code == 302
    intake.refresh_from_db()
    assert intake.status == "closed" and intake.assigned_to is None


def test_api_assign_conflict_is_409(client, world, intake):
    intake.close()
    client.force_login(world.supervisor_a)
    response = client.post(
        f"/api/v1/intakes/{intake.pk}/assign", {"consultant_id": world.consultant_a.pk}, content_type="application/json"
    )
    assert response.status_code == 409 and "message" in response.json()


# -- retention and privacy -----------------------------------------------------------------------


def test_months_before_clamps_to_the_end_of_month():
    moment = timezone.now().replace(year=2026, month=8, day=31)
    assert months_before(moment, 6).date().isoformat() == "2026-02-28"
    assert months_before(moment, 8).date().isoformat() == "2025-12-31"


def test_personal_details_are_erased_months_after_closing_by_command_and_task(world, intake, settings):
    settings.SAUAT_CLINIC_RETENTION_MONTHS = 6
    intake.close()
    recent = new_intake(world.clinic_a, "recent", description="Жаңа", name="Жаңа", email="new@example.kz")
    recent.close()
    Intake.objects.filter(pk=intake.pk).update(closed_at=timezone.now() - timedelta(days=200))
    Intake.objects.filter(pk=recent.pk).update(closed_at=timezone.now() - timedelta(days=150))

    call_command("erase_clinic_intakes")
    intake.refresh_from_db()
    recent.refresh_from_db()
    assert intake.name == Intake.ERASED and intake.email == "" and intake.description == Intake.ERASED
    assert intake.personal_data_erased_at is not None and intake.status == "closed"
    assert recent.name == "Жаңа"

    settings.SAUAT_CLINIC_RETENTION_MONTHS = 4
    assert tasks.erase_expired_intakes.enqueue().return_value == 1
    recent.refresh_from_db()
    assert recent.email == ""


def test_intakes_in_download_my_data_and_erased_with_the_account(world, learner):
    sent = new_intake(
        world.clinic_a, "mine", user=learner, language="ru", description="Мой вопрос", name="Айгүл", email=learner.email
    )
    actions.join(learner, world.cohort_a)
    data = export_for(learner)["universities"]
    assert data["clinic_intakes"][0]["description"] == "Мой вопрос"
    assert data["cohorts"][0]["cohort"] == world.cohort_a.name
    learner.delete()
    sent.refresh_from_db()
    assert sent.user is None and sent.email == "" and sent.description == Intake.ERASED


def test_queue_page_uses_a_fixed_number_of_queries(client, world):
    """The same number of queries for 2 and for 20 cases (no query per row)."""
    client.force_login(world.supervisor_a)
    client.get(url("universities:clinic_queue", world.clinic_a.pk))  # warm the menu and footer caches
    counts = []
    for total in (2, 20):
        while Intake.objects.filter(clinic=world.clinic_a, submission_key__startswith="many-").count() < total:
            n = Intake.objects.filter(submission_key__startswith="many-").count()
            new_intake(world.clinic_a, f"many-{n}").assign(world.consultant_a)
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url("universities:clinic_queue", world.clinic_a.pk)).content.decode()
        assert page.count("/university/intakes/") == Intake.objects.filter(clinic=world.clinic_a).count()
        counts.append(len(queries))
    assert counts[0] == counts[1] and counts[1] <= 25
