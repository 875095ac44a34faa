"""Invitation e-mails for accounts created by a bulk enrolment, in the person's language.

The link is allauth's password-reset link: the new student chooses a password and is in.
"""

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _


def invitation_link(user):
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str

    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": default_token_generator.make_token(user)},
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_invitations(users, cohort) -> int:
    """One e-mail per new account, sent over one connection. Returns how many were sent."""
    messages = []
    for user in users:
        with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
            context = {"user": user, "cohort": cohort, "university": cohort.university, "link": invitation_link(user)}
            subject = _("You are enrolled in %(cohort)s on Sauat") % {"cohort": cohort.name}
            body = render_to_string("universities/email/invitation.txt", context)
        messages.append(EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email]))
    if not messages:
        return 0
    with get_connection() as connection:
        return connection.send_messages(messages) or 0
