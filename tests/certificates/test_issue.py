"""Completion rules and issuing: automatic on completion, idempotent, manual and bulk, revoke and re-issue."""

import pytest

from django.db import IntegrityError, transaction
from django.utils import translation

from certificates import actions
from certificates.exceptions import InvalidCertificateTransitionError
from certificates.models import Certificate, CompletionRule
from certificates.tasks import check_completion
from courses.actions import complete_lesson
from demo.certificates import pass_course
from tests.conftest import course, make_user
from webinars.models import Attendance

pytestmark = pytest.mark.django_db


def english(reasons):
    with translation.override("en"):
        return [str(reason) for reason in reasons]


def test_passing_the_course_issues_a_certificate_without_anyones_action(
    learner, consumer_course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        pass_course(learner, consumer_course)
    certificate = Certificate.objects.get(user=learner, course_key=consumer_course.translation_key)
    assert certificate.status == "valid" and certificate.issued_by is None
    assert certificate.holder_name == "Айгүл"
    assert certificate.course_title_kk == course("kk", "consumer-rights").title
    assert certificate.course_title_ru == course("ru", "consumer-rights").title
    assert certificate.course_title_en == course("en", "consumer-rights").title
    assert len(certificate.public_id) == 22 and certificate.credential.count(".") == 2


def test_lessons_without_passing_the_post_test_give_no_certificate(learner, consumer_course):
    for lesson in consumer_course.lessons():
        complete_lesson(learner, lesson, course=consumer_course)
    assert actions.check_and_issue(learner, consumer_course.translation_key) is None
    rule = CompletionRule.objects.get(course_key=consumer_course.translation_key)
    assert english(rule.unmet(learner)) == ["pass the post-test"]
    assert not Certificate.objects.exists()


def test_a_missing_lesson_gives_no_certificate(learner, consumer_course):
    pass_course(learner, consumer_course)
    first = consumer_course.lessons().first()
    learner.lesson_progress.filter(lesson_key=first.translation_key).update(completed_at=None)
    Certificate.objects.all().delete()
    assert actions.check_and_issue(learner, consumer_course.translation_key) is None
    assert not Certificate.objects.exists()


def test_retried_task_and_repeated_checks_give_one_certificate(learner, consumer_course):
    pass_course(learner, consumer_course)
    key = str(consumer_course.translation_key)
    first = check_completion.enqueue(learner.pk, key)
    second = check_completion.enqueue(learner.pk, key)
    assert first.return_value == second.return_value
    assert actions.issue_certificate(learner, consumer_course.translation_key) == (
        Certificate.objects.get(public_id=first.return_value),
        False,
    )
    assert Certificate.objects.filter(user=learner).count() == 1


def test_the_database_refuses_a_second_valid_certificate(certificate):
    duplicate = Certificate(
        user=certificate.user,
        course_key=certificate.course_key,
        holder_name="x",
        status_index=(certificate.status_index + 1) % 131_072,
        credential="x",
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


def test_webinar_attendance_rule(learner, consumer_course, django_capture_on_commit_callbacks):
    from tests.webinars.builders import make_webinar

    rule = CompletionRule.objects.get(course_key=consumer_course.translation_key)
    rule.require_webinar = True
    rule.save()
    webinar = make_webinar("consumer-webinar", course=consumer_course)
    with django_capture_on_commit_callbacks(execute=True):
        pass_course(learner, consumer_course)
    assert not Certificate.objects.exists()
    assert english(rule.unmet(learner)) == ["attend a webinar of the course"]
    with django_capture_on_commit_callbacks(execute=True):
        Attendance.objects.create(
            user=learner,
            webinar=webinar,
            webinar_key=webinar.translation_key,
            source="link",
            first_seen_at=webinar.start_at,
        )
    assert Certificate.objects.filter(user=learner, status="valid").count() == 1


def test_inactive_rule_issues_nothing_automatically(learner, consumer_course):
    CompletionRule.objects.filter(course_key=consumer_course.translation_key).update(is_active=False)
    pass_course(learner, consumer_course)
    assert actions.check_and_issue(learner, consumer_course.translation_key) is None


def test_expiry_from_the_rule(learner, consumer_course):
    CompletionRule.objects.filter(course_key=consumer_course.translation_key).update(valid_for_months=12)
    pass_course(learner, consumer_course)
    certificate = actions.check_and_issue(learner, consumer_course.translation_key)
    assert certificate.expires_at.year == certificate.issued_at.year + 1
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=certificate.issued_at)
    certificate.refresh_from_db()
    assert certificate.effective_status == "expired"


def test_staff_issue_by_hand_and_in_bulk(learner, other_learner, consumer_course):
    staff = make_user("staff@example.kz", is_staff=True)
    key = consumer_course.translation_key
    for user in (learner, other_learner):
        for lesson in consumer_course.lessons():
            complete_lesson(user, lesson, course=consumer_course)
    # Nobody passed the post-test: the rule-based bulk run issues nothing, the cohort run issues to both.
    assert actions.bulk_issue(key, issued_by=staff, only_eligible=True) == 0
    assert actions.bulk_issue(key, issued_by=staff, only_eligible=False) == 2
    assert actions.bulk_issue(key, issued_by=staff, only_eligible=False) == 0
    assert set(Certificate.objects.values_list("issued_by", flat=True)) == {staff.pk}
    third = make_user("third@example.kz", display_name="Үшінші")
    assert actions.issue_by_hand(third, key, issued_by=staff).holder_name == "Үшінші"


def test_revoke_needs_a_reason_and_is_audited(certificate):
    staff = make_user("staff@example.kz", is_staff=True)
    with pytest.raises(InvalidCertificateTransitionError):
        actions.revoke(certificate, reason="  ", by=staff)
    certificate.refresh_from_db()
    assert certificate.status == "valid" and certificate.revoked_at is None
    actions.revoke(certificate, reason="Exam fraud", by=staff)
    certificate.refresh_from_db()
    assert (certificate.status, certificate.revoked_by) == ("revoked", staff)
    assert certificate.revocation_reason == "Exam fraud"
    assert certificate.revoked_at is not None
    with pytest.raises(InvalidCertificateTransitionError):
        actions.revoke(certificate, reason="again", by=staff)
    # A revoked certificate is a decision: completing again does not re-issue automatically.
    assert actions.check_and_issue(certificate.user, certificate.course_key) is None
    assert Certificate.objects.count() == 1


def test_reissue_after_a_name_correction(certificate):
    staff = make_user("staff@example.kz", is_staff=True)
    new = actions.reissue(certificate, holder_name="Айгүл Серікқызы", by=staff)
    certificate.refresh_from_db()
    assert certificate.status == "superseded" and certificate.superseded_by == new
    assert certificate.revoked_by == staff and "Айгүл Серікқызы" in certificate.revocation_reason
    assert new.status == "valid" and new.holder_name == "Айгүл Серікқызы" and new.public_id != certificate.public_id
    assert new.status_index != certificate.status_index
    assert Certificate.objects.filter(user=certificate.user).count() == 2


def test_deleting_the_account_withdraws_its_certificates(certificate, client):
    public_id = certificate.public_id
    certificate.user.delete()
    certificate.refresh_from_db()
    assert certificate.user is None and certificate.status == "revoked"
    assert certificate.holder_name == "" and certificate.credential == ""
    page = client.get(f"/verify/{public_id}").content.decode()
    assert "Айгүл" not in page and "badge-no" in page
