"""Opt-in e-mail reminders of due reviews: at most one a day, in the learner's language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import review
from .models import ReviewCard, TutorProfile


def send_review_reminders(now=None):
    """E-mail every opted-in, personalised learner who has due reviews and was not reminded today."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    profiles = (
        TutorProfile.objects.filter(review_reminders=True, personalised=True, user__is_active=True)
        .exclude(reminded_on=today)
        .filter(user__in=ReviewCard.objects.due(review.end_of_day(now)).values("user"))
        .select_related("user")
    )
    sent = 0
    for profile in profiles:
        user = profile.user
        count = ReviewCard.objects.for_user(user).due(review.end_of_day(now)).count()
        language = user.preferred_language or settings.LANGUAGE_CODE
        with translation.override(language):
            url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("tutor:path_review")
            body = render_to_string(
                "tutor/email/review_reminder.txt",
                {
                    "user": user,
                    "count": count,
                    "minutes": review.session_minutes(min(count, review.session_size())),
                    "url": url,
                    "settings_url": url.replace("review/", "") + "#settings",
                },
            )
            send_mail(_("Your daily review on Sauat"), body, None, [user.email])
        TutorProfile.objects.filter(pk=profile.pk).update(reminded_on=today)
        sent += 1
    return sent
