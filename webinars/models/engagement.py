"""Questions sent in advance (with upvotes and moderation) and attendance."""

from django.conf import settings
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from webinars.exceptions import InvalidTransitionError


class QuestionQuerySet(models.QuerySet):
    def for_webinar(self, webinar):
        return self.filter(webinar_key=webinar.translation_key)

    def visible_to_all(self):
        return self.filter(status__in=[Question.Status.APPROVED, Question.Status.ANSWERED])

    def with_votes(self):
        return self.annotate(vote_count=Count("votes", distinct=True)).order_by("-vote_count", "created_at", "pk")


class Question(models.Model):
    """A question a registrant sends before the session; others see it once the host approves it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for moderation")
        APPROVED = "approved", _("Approved")
        ANSWERED = "answered", _("Answered")
        HIDDEN = "hidden", _("Hidden")

    NEXT_STATUS = {
        Status.PENDING: {Status.APPROVED, Status.HIDDEN},
        Status.APPROVED: {Status.ANSWERED, Status.HIDDEN},
        Status.ANSWERED: {Status.APPROVED, Status.HIDDEN},
        Status.HIDDEN: {Status.APPROVED},
    }

    webinar = models.ForeignKey(
        "webinars.WebinarPage", verbose_name=_("webinar"), on_delete=models.CASCADE, related_name="questions"
    )
    webinar_key = models.UUIDField(db_index=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webinar_questions")
    text = models.TextField(_("question"), max_length=1000)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(_("asked at"), default=timezone.now)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text[:80]

    def moderate(self, status, *, by):
        """Approve, hide or mark answered; ``by`` is the host or organiser doing it."""
        if status not in self.NEXT_STATUS[self.status]:
            raise InvalidTransitionError(
                _("A question cannot go from “%(old)s” to “%(new)s”.")
                % {"old": self.get_status_display(), "new": self.Status(status).label}
            )
        self.status = status
        self.moderated_at = timezone.now()
        self.moderated_by = by
        self.save(update_fields=["status", "moderated_at", "moderated_by"])


class QuestionVote(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webinar_votes")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["question", "user"], name="one_vote_per_question")]
        verbose_name = _("question vote")
        verbose_name_plural = _("question votes")

    def __str__(self):
        return f"{self.user_id} ↑ {self.question_id}"


class AttendanceQuerySet(models.QuerySet):
    def for_webinar(self, webinar):
        return self.filter(webinar_key=webinar.translation_key)

    def attended(self, user, course_key):
        """Attendance of ``user`` at any webinar linked to the course ``course_key`` (its translation_key).

        The hook for course completion and certificates: ``.exists()`` says whether it counts.
        """
        from .pages import WebinarPage

        keys = WebinarPage.objects.filter(course__translation_key=course_key).values("translation_key")
        return self.filter(user=user, webinar_key__in=keys)


class Attendance(models.Model):
    """A person was at a session: they opened the room link during it, or the live platform's report says so."""

    class Source(models.TextChoices):
        ROOM_LINK = "link", _("Opened the room link")
        IMPORT = "import", _("Imported attendance report")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webinar_attendance")
    webinar = models.ForeignKey(
        "webinars.WebinarPage", verbose_name=_("webinar"), on_delete=models.CASCADE, related_name="attendance"
    )
    webinar_key = models.UUIDField(db_index=True, editable=False)
    source = models.CharField(_("source"), max_length=8, choices=Source.choices)
    first_seen_at = models.DateTimeField(_("first seen at"))
    minutes = models.PositiveIntegerField(_("minutes attended"), null=True, blank=True)

    objects = AttendanceQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "webinar_key"], name="one_attendance_per_webinar")]
        ordering = ["first_seen_at", "pk"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")

    def __str__(self):
        return f"{self.user} @ {self.webinar}"
