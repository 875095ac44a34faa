"""The EM re-fit job on stored answers, and opt-in review reminders."""

import numpy as np
import pytest

from django.core import mail

from courses.models import Skill
from quizzes.models import Item
from tutor import bkt
from tutor.fitting import fit_all, refit_skill_params
from tutor.models import Observation, SkillParams, TutorProfile
from tutor.reminders import send_review_reminders

pytestmark = pytest.mark.django_db

TRUTH = {"prior": 0.35, "learn": 0.2, "guess": 0.2, "slip": 0.08}


def _store(skill, sequences):
    from accounts.models import User

    item = Item.objects.filter(skills=skill).first()
    users = User.objects.bulk_create([User(email=f"sim{i}@example.kz") for i in range(len(sequences))])
    rows = []
    for user, seq in zip(users, sequences, strict=True):
        for step, correct in enumerate(seq):
            rows.append(
                Observation(
                    user=user,
                    skill=skill,
                    item=item,
                    attempt_id=f"00000000-0000-0000-0000-{step:012d}",
                    source="course_quiz",
                    correct=bool(correct),
                    p_before=0,
                    p_after=0,
                )
            )
    Observation.objects.bulk_create(rows)


def test_refit_job_recovers_parameters_from_stored_answers_and_bumps_the_version():
    skill = Skill.objects.get(code="consumer.return-goods")
    _store(skill, bkt.simulate(TRUTH, 600, 8, np.random.default_rng(11)))
    assert refit_skill_params.enqueue().return_value == 1  # the immediate backend in tests
    params = SkillParams.objects.get(skill=skill)
    assert params.version == 1 and params.sequences == 600
    for name, value in TRUTH.items():
        assert getattr(params, name) == pytest.approx(value, abs=0.05), name
    fit_all()
    params.refresh_from_db()
    assert params.version == 2


def test_refit_skips_skills_with_too_little_data():
    skill = Skill.objects.get(code="consumer.return-goods")
    _store(skill, [[1, 0, 1]] * 5)
    assert fit_all() == {}
    assert not SkillParams.objects.exists()


def test_reminders_only_for_those_who_opted_in_once_a_day(learner, other_learner, struggling):
    send_review_reminders()
    assert mail.outbox == []
    TutorProfile.objects.filter(user=learner).update(review_reminders=True)
    assert send_review_reminders() == 1
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [learner.email]
    assert "/learning/path/review/" in mail.outbox[0].body
    assert send_review_reminders() == 0


def test_admin_lists_and_edits_skill_parameters(client, django_user_model):
    admin = django_user_model.objects.create_superuser(email="root@example.kz", password="x-very-long-pass")
    client.force_login(admin)
    skill = Skill.objects.get(code="consumer.return-goods")
    response = client.post(
        "/admin/snippets/tutor/skillparams/add/",
        {"skill": skill.pk, "prior": "0.2", "learn": "0.1", "guess": "0.2", "slip": "0.1"},
    )
    assert response.status_code == 302
    assert SkillParams.objects.get(skill=skill).prior == 0.2
    assert client.get("/admin/snippets/tutor/skillparams/").status_code == 200
    bad = client.post(
        "/admin/snippets/tutor/skillparams/add/",
        {
            "skill": Skill.objects.get(code="consumer.written-claim").pk,
            "prior": "1.5",
            "learn": "0",
            "guess": "0",
            "slip": "0",
        },
    )
    assert bad.status_code == 200 and SkillParams.objects.count() == 1
