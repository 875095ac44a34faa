"""Parallel registrations never exceed capacity (PostgreSQL: real concurrent connections and row locks).

The threads use their own database connections, which cannot see the test's uncommitted
transaction, so everything they need is committed by a setup thread and deleted again at the end.
"""

import threading
from datetime import timedelta

import pytest

from django.db import connection, connections
from django.utils import timezone

from accounts.models import User
from webinars import actions
from webinars.models import Registration, WebinarIndexPage, WebinarPage

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite allows one writer at a time, so registrations cannot run in parallel; run with DATABASE_URL "
        "set to PostgreSQL to exercise the row locks.",
    ),
]

PEOPLE = 12
CAPACITY = 3


def _in_thread(function):
    """Run ``function`` in a new thread (its own connection, autocommit) and return its result."""
    result = {}

    def run():
        try:
            result["value"] = function()
        except Exception as error:
            result["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in result:
        raise result["error"]
    return result.get("value")


def _setup():
    index = WebinarIndexPage.objects.get(locale__language_code="kk", slug="webinars")
    start = timezone.now() + timedelta(days=1)
    page = WebinarPage(
        slug="parallel-test",
        title="Parallel",
        summary="Parallel registrations.",
        start_at=start,
        end_at=start + timedelta(hours=1),
        capacity=CAPACITY,
    )
    index.add_child(instance=page)
    people = [User.objects.create_user(f"parallel{i}@example.kz", "x") for i in range(PEOPLE)]
    return page.pk, [person.pk for person in people]


def _cleanup(page_id, user_ids):
    User.objects.filter(pk__in=user_ids).delete()
    WebinarPage.objects.filter(pk=page_id).delete()


@pytest.mark.parametrize("waitlist", [True, False])
def test_parallel_registrations_never_exceed_capacity(waitlist):
    page_id, user_ids = _in_thread(_setup)
    try:
        _in_thread(lambda: WebinarPage.objects.filter(pk=page_id).update(waitlist_enabled=waitlist))
        barrier = threading.Barrier(PEOPLE)
        outcomes = []

        def register(user_id):
            try:
                webinar = WebinarPage.objects.get(pk=page_id)
                user = User.objects.get(pk=user_id)
                barrier.wait()
                outcomes.append(actions.register(user, webinar).status)
            except Exception as error:
                outcomes.append(type(error).__name__)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=register, args=(user_id,)) for user_id in user_ids]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        def counts():
            return {
                status: Registration.objects.filter(webinar_id=page_id, status=status).count()
                for status in ("confirmed", "waitlisted")
            }

        stored = _in_thread(counts)
        assert stored["confirmed"] == CAPACITY
        assert outcomes.count("confirmed") == CAPACITY
        if waitlist:
            assert stored["waitlisted"] == PEOPLE - CAPACITY
        else:
            assert stored["waitlisted"] == 0
            assert outcomes.count("WebinarFullError") == PEOPLE - CAPACITY
    finally:
        _in_thread(lambda: _cleanup(page_id, user_ids))


def test_parallel_cancellations_promote_exactly_one_person_per_freed_seat():
    page_id, user_ids = _in_thread(_setup)
    try:

        def fill():
            webinar = WebinarPage.objects.get(pk=page_id)
            return [actions.register(User.objects.get(pk=pk), webinar).pk for pk in user_ids]

        registration_ids = _in_thread(fill)
        seated = registration_ids[:CAPACITY]
        barrier = threading.Barrier(len(seated))

        def cancel(registration_id):
            try:
                registration = Registration.objects.get(pk=registration_id)
                barrier.wait()
                actions.cancel(registration)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=cancel, args=(pk,)) for pk in seated]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        confirmed = _in_thread(
            lambda: list(
                Registration.objects.filter(webinar_id=page_id, status="confirmed").values_list("pk", flat=True)
            )
        )
        assert sorted(confirmed) == sorted(registration_ids[CAPACITY : 2 * CAPACITY])
    finally:
        _in_thread(lambda: _cleanup(page_id, user_ids))
