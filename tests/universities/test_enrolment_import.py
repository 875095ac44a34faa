"""Bulk enrolment: every row checked, a preview that writes nothing, bad rows reported, re-upload is a no-op."""

import io

import pytest

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from accounts.models import User
from courses.models import Enrollment
from tests.universities.conftest import csv_bytes
from universities import actions, enrolment_import
from universities.models import CohortMembership, EnrolmentImport

pytestmark = pytest.mark.django_db


def hundred_rows_with_three_bad():
    rows = [(f"student{n:03d}@uni.test", f"Студент {n} Әлиұлы", f"S{n:05d}", "ЮР-101") for n in range(97)]
    rows.insert(10, ("not-an-email", "Қате Пошта", "S90001", "ЮР-101"))
    rows.insert(50, ("student005@uni.test", "Екінші Жол", "S90002", "ЮР-101"))  # duplicate e-mail
    rows.insert(80, ("nostudentid@uni.test", "Нөмірі Жоқ", "", "ЮР-101"))
    return rows


def upload(client, cohort, data, name="students.csv"):
    with translation.override("en"):
        url = reverse("universities:import_upload", args=[cohort.pk])
    return client.post(url, {"file": SimpleUploadedFile(name, data)})


def test_hundred_rows_with_three_bad_enrols_97_and_reports_the_3_then_reupload_changes_nothing(client, world, confirm):
    client.force_login(world.admin_a)
    data = csv_bytes(hundred_rows_with_three_bad())
    users_before = User.objects.count()

    response = upload(client, world.cohort_a, data)
    preview = EnrolmentImport.objects.get()
    assert response.status_code == 302 and response["Location"] == preview.get_absolute_url()
    # The preview writes nothing but its own record.
    assert User.objects.count() == users_before and not CohortMembership.objects.filter(cohort=world.cohort_a).exists()
    assert preview.summary["valid"] == 97 and preview.summary["bad"] == 3
    page = client.get(preview.get_absolute_url()).content.decode()
    assert "not-an-email" in page and "nostudentid@uni.test" in page
    assert [(e["line"], e["code"]) for e in preview.errors] == [
        (12, "invalid_email"),
        (52, "duplicate_email"),
        (82, "missing_student_id"),
    ]

    confirm(preview)
    preview.refresh_from_db()
    assert preview.status == "done" and preview.processed_rows == 97
    assert CohortMembership.objects.filter(cohort=world.cohort_a).count() == 97
    assert User.objects.count() == users_before + 97
    assert (
        Enrollment.objects.filter(course_key=world.course.translation_key, user__email__startswith="student").count()
        == 97
    )
    assert len(mail.outbox) == 97
    assert "/accounts/password/reset/key/" in mail.outbox[0].body

    # The same file again: the preview says all 97 are already members and running it changes nothing.
    mail.outbox.clear()
    upload(client, world.cohort_a, data)
    again = EnrolmentImport.objects.latest("created_at")
    assert again.summary["already_members"] == 97 and again.summary["new_accounts"] == 0
    confirm(again)
    again.refresh_from_db()
    assert again.summary["result"]["added"] == 0 and again.summary["result"]["unchanged"] == 97
    assert CohortMembership.objects.filter(cohort=world.cohort_a).count() == 97
    assert User.objects.count() == users_before + 97
    assert mail.outbox == []


def test_confirming_twice_runs_the_import_once(client, world, confirm):
    client.force_login(world.admin_a)
    upload(client, world.cohort_a, csv_bytes([("one@uni.test", "Бір", "S1", "")]))
    preview = EnrolmentImport.objects.get()
    confirm(preview)
    confirm(preview)
    assert CohortMembership.objects.filter(cohort=world.cohort_a).count() == 1
    assert len(mail.outbox) == 1


def test_existing_account_is_enrolled_without_invitation_and_keeps_its_password(client, world, confirm, learner):
    client.force_login(world.admin_a)
    upload(client, world.cohort_a, csv_bytes([(learner.email.upper(), "Айгүл", "S77", "ЮР-102")]))
    preview = EnrolmentImport.objects.get()
    assert preview.summary["existing_accounts"] == 1
    confirm(preview)
    learner.refresh_from_db()
    assert learner.has_usable_password()
    assert CohortMembership.objects.get(cohort=world.cohort_a, user=learner).student_id == "S77"
    assert mail.outbox == []


def test_student_id_of_another_student_at_the_same_university_is_a_bad_row(world):
    other = User.objects.create_user("first@uni.test")
    CohortMembership.objects.create(cohort=world.cohort_a2, user=other, student_id="S1")
    rows, errors, summary = enrolment_import.check(
        world.cohort_a, "x.csv", csv_bytes([("second@uni.test", "Екінші", "S1", "")])
    )
    assert rows == [] and errors[0]["code"] == "student_id_taken"
    # The same ID at another university is someone else: fine.
    rows, errors, _summary = enrolment_import.check(
        world.cohort_b, "x.csv", csv_bytes([("second@uni.test", "Екінші", "S1", "")])
    )
    assert len(rows) == 1 and errors == []


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("students.pdf", b"%PDF-1.4", "Upload a .csv or .xlsx file."),
        ("students.csv", b"", "empty"),
        ("students.csv", "почта,фамилия\nx@y.kz,Ким\n".encode(), "student_id"),
        ("students.xlsx", b"not a zip", "not a readable XLSX"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason_and_store_nothing(client, world, name, data, message):
    client.force_login(world.admin_a)
    response = upload(client, world.cohort_a, data, name=name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not EnrolmentImport.objects.exists()


def test_semicolon_csv_in_windows_1251_with_russian_headers_is_read():
    data = "Электронная почта;ФИО;ID;Группа\r\nivanov@uni.test;Иванов Иван;S9;ЮР-1\r\n".encode("cp1251")
    rows, errors = enrolment_import.parse("список.csv", data)
    assert errors == [] and rows[0].name == "Иванов Иван" and rows[0].group == "ЮР-1"


def test_xlsx_file_is_enrolled_like_csv(client, world, confirm):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Email", "Name", "Student ID", "Group"])
    sheet.append(["xlsx1@uni.test", "Дәулет Серікұлы", 2026001, "ЮР-101"])
    sheet.append(["bad", "Қате", 2026002, "ЮР-101"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    client.force_login(world.admin_a)
    upload(client, world.cohort_a, buffer.getvalue(), name="students.xlsx")
    preview = EnrolmentImport.objects.get()
    assert preview.summary["valid"] == 1 and preview.errors[0]["code"] == "invalid_email"
    confirm(preview)
    assert CohortMembership.objects.get(cohort=world.cohort_a, user__email="xlsx1@uni.test").student_id == "2026001"


def test_progress_is_recorded_chunk_by_chunk(world, monkeypatch):
    monkeypatch.setattr(enrolment_import, "CHUNK", 2)
    rows = [(f"p{n}@uni.test", f"Студент {n}", f"P{n}", "") for n in range(5)]
    preview = enrolment_import.preview(world.cohort_a, world.admin_a, "p.csv", csv_bytes(rows))
    seen = []
    preview.confirm()
    preview.start()
    enrolment_import.run(preview, on_progress=lambda n: seen.append(n))
    assert seen == [2, 4, 5]


def test_progress_page_refreshes_while_running(client, world):
    preview = enrolment_import.preview(
        world.cohort_a, world.admin_a, "p.csv", csv_bytes([("r@uni.test", "Р", "R1", "")])
    )
    preview.confirm()
    client.force_login(world.admin_a)
    page = client.get(preview.get_absolute_url()).content.decode()
    assert 'http-equiv="refresh"' in page and 'role="progressbar"' in page


def test_staff_remove_a_student_who_keeps_account_and_enrolment(client, world, learner):
    actions.join(learner, world.cohort_a)
    client.force_login(world.admin_a)
    response = client.post(reverse("universities:remove", args=[world.cohort_a.pk, learner.pk]))
    assert response.status_code == 302
    assert not CohortMembership.objects.filter(cohort=world.cohort_a, user=learner).exists()
    assert Enrollment.objects.filter(user=learner, course_key=world.course.translation_key).exists()


def test_instructor_cannot_upload_or_remove(client, world, learner):
    actions.join(learner, world.cohort_a)
    client.force_login(world.instructor_a)
    assert upload(client, world.cohort_a, csv_bytes([("z@uni.test", "З", "Z1", "")])).status_code == 404
    assert client.post(reverse("universities:remove", args=[world.cohort_a.pk, learner.pk])).status_code == 404
    assert CohortMembership.objects.filter(cohort=world.cohort_a, user=learner).exists()
    assert not EnrolmentImport.objects.exists()
