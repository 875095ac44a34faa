"""The groups every Sauat site has, and the model permissions each holds.

Page permissions and the legal review workflow live in cms/workflows.py. Both run after every
migrate, so a fresh database works out of the box and permissions added later reach old sites.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.management import create_contenttypes

LEARNERS = "Learners"
EDITORS = "Editors"
LEGAL_REVIEWERS = "Legal reviewers"
UNIVERSITY_STAFF = "University staff"
RESEARCHERS = "Researchers"
WEBINAR_ORGANISERS = "Webinar organisers"

_CONTENT = [
    "wagtailadmin.access_admin",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "cms.add_legalact",
    "cms.change_legalact",
    "courses.add_skill",
    "courses.change_skill",
    "courses.add_topic",
    "courses.change_topic",
    "webinars.add_speaker",
    "webinars.change_speaker",
    "wagtail_localize.submit_translation",
    "quizzes.add_item",
    "quizzes.change_item",
    "quizzes.add_scenario",
    "quizzes.change_scenario",
    "quizzes.add_blueprint",
    "quizzes.change_blueprint",
    "quizzes.add_assessment",
    "quizzes.change_assessment",
]

ROLE_PERMISSIONS = {
    LEARNERS: [],
    EDITORS: [
        *_CONTENT,
        "cms.add_mainmenu",
        "cms.change_mainmenu",
        "cms.add_footer",
        "cms.change_footer",
        "certificates.add_certificatetemplate",
        "certificates.change_certificatetemplate",
        "tutor.add_answercard",
        "tutor.change_answercard",
        "tutor.view_questionlog",
    ],
    LEGAL_REVIEWERS: [
        *_CONTENT,
        "cms.delete_legalact",
        "tutor.add_answercard",
        "tutor.change_answercard",
        "tutor.approve_answercard",
        "tutor.view_questionlog",
    ],
    UNIVERSITY_STAFF: [
        "wagtailadmin.access_admin",
        "quizzes.view_attempt",
        # Certificates: list, revoke, correct names, issue by hand or in bulk; set completion rules.
        "certificates.view_certificate",
        "certificates.change_certificate",
        "certificates.add_completionrule",
        "certificates.change_completionrule",
    ],
    RESEARCHERS: [],
    # Run webinars and consultation hours: registrations, questions, attendance, recordings, intakes.
    WEBINAR_ORGANISERS: [
        "wagtailadmin.access_admin",
        "wagtaildocs.add_document",
        "wagtaildocs.choose_document",
        "webinars.add_speaker",
        "webinars.change_speaker",
        "webinars.view_registration",
        "webinars.view_question",
        "webinars.change_question",
        "webinars.view_attendance",
        "webinars.add_attendance",
        "webinars.add_recording",
        "webinars.change_recording",
        "webinars.view_consultationintake",
    ],
}


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_roles(verbosity=0):
    """Create the groups and give each exactly its listed permissions (idempotent)."""
    for app_config in apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0)
        create_permissions(app_config, verbosity=0)
    groups = {}
    for name, permissions in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*[_permission(p) for p in permissions])
        groups[name] = group
    return groups
