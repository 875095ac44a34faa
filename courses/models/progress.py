"""Enrolment and lesson progress. Both key on translation_key, so progress survives a language switch."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.exceptions import InvalidTransitionError


class EnrollmentQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def current(self):
        return self.exclude(status=Enrollment.Status.LEFT)


class Enrollment(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Enrolled")
        COMPLETED = "completed", _("Completed")
        LEFT = "left", _("Left")

    NEXT_STATUS = {
        Status.ACTIVE: {Status.COMPLETED, Status.LEFT},
        Status.COMPLETED: {Status.LEFT},
        Status.LEFT: {Status.ACTIVE},
    }

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments")
    course_key = models.UUIDField(_("course"), db_index=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    left_at = models.DateTimeField(_("left at"), null=True, blank=True)

    objects = EnrollmentQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course_key"], name="unique_enrollment_per_course")]
        ordering = ["-enrolled_at"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")

    def __str__(self):
        return f"{self.user_id} → {self.course_key} ({self.status})"

    @property
    def is_current(self):
        return self.status != self.Status.LEFT

    def _move_to(self, status):
        if status not in self.NEXT_STATUS[self.status]:
            raise InvalidTransitionError(f"Cannot move an enrolment from {self.status} to {status}.")
        self.status = status

    def rejoin(self):
        """A learner who left enrols again; their lesson progress was kept."""
        self._move_to(self.Status.ACTIVE)
        self.enrolled_at = timezone.now()
        self.left_at = None
        self.save(update_fields=["status", "enrolled_at", "left_at"])

    def leave(self):
        self._move_to(self.Status.LEFT)
        self.left_at = timezone.now()
        self.save(update_fields=["status", "left_at"])

    def complete(self):
        self._move_to(self.Status.COMPLETED)
        self.completed_at = timezone.now()
        self.save(update_fields=["status", "completed_at"])


class LessonProgressQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def completed(self):
        return self.filter(completed_at__isnull=False)

    def completed_keys(self, user, lesson_keys):
        return set(
            self.for_user(user).completed().filter(lesson_key__in=lesson_keys).values_list("lesson_key", flat=True)
        )


class LessonProgress(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress")
    lesson_key = models.UUIDField(_("lesson"))
    course_key = models.UUIDField(_("course"), db_index=True)
    first_viewed_at = models.DateTimeField(default=timezone.now)
    last_viewed_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    objects = LessonProgressQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "lesson_key"], name="unique_progress_per_lesson")]
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")

    def __str__(self):
        return f"{self.user_id} {self.lesson_key}"

    @property
    def is_completed(self):
        return self.completed_at is not None


@dataclass
class CourseProgress:
    """How far one learner is through one course, in the language being viewed."""

    total: int = 0
    completed_keys: set = field(default_factory=set)
    next_lesson: object = None

    @property
    def completed(self):
        return len(self.completed_keys)

    @property
    def percent(self):
        return round(100 * self.completed / self.total) if self.total else 0

    @property
    def is_finished(self):
        return self.total > 0 and self.completed >= self.total

    @property
    def has_started(self):
        return self.completed > 0
