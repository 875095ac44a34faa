"""Demo accounts, one per group, for trying the site locally. Never created in production."""

from allauth.account.models import EmailAddress

from django.contrib.auth.models import Group

from accounts import roles
from accounts.consent import record_consent
from accounts.models import ConsentRecord, User

DEMO_PASSWORD = "sauat-demo-2026"  # noqa: S105 (a published demo password, dev only)

DEMO_USERS = [
    ("admin@sauat.test", "Әкімші (admin)", None, {"is_staff": True, "is_superuser": True}),
    ("learner@sauat.test", "Айгүл Learner", roles.LEARNERS, {}),
    ("editor@sauat.test", "Ерлан Editor", roles.EDITORS, {}),
    ("reviewer@sauat.test", "Динара Legal reviewer", roles.LEGAL_REVIEWERS, {}),
    ("staff@sauat.test", "Марат University staff", roles.UNIVERSITY_STAFF, {}),
    ("researcher@sauat.test", "Сәуле Researcher", roles.RESEARCHERS, {}),
    ("researcher2@sauat.test", "Ержан Researcher 2", roles.RESEARCHERS, {}),
    ("instructor@sauat.test", "Асель Instructor", roles.UNIVERSITY_STAFF, {}),
    ("supervisor@sauat.test", "Бекзат Clinic supervisor", roles.UNIVERSITY_STAFF, {}),
    ("consultant@sauat.test", "Жанна Student consultant", roles.LEARNERS, {}),
]


def ensure_demo_users():
    """Create the demo users if missing; returns [(email, group)]."""
    rows = []
    for email, name, group_name, flags in DEMO_USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email=email, password=DEMO_PASSWORD, display_name=name, **flags)
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            record_consent(user, ConsentRecord.Purpose.TERMS, granted=True)
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
        rows.append((email, group_name or "superuser"))
    from .research import ensure_research_projects
    from .universities import ensure_demo_students, ensure_university_staff

    ensure_university_staff()
    ensure_demo_students()
    ensure_research_projects()  # the researchers' projects need their accounts (demo/research.py)
    return rows
