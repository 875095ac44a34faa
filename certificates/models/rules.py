"""Completion rules: what a learner must do in a course before a certificate is issued automatically."""

import calendar

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel


class CompletionRuleQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def for_course_key(self, course_key):
        return self.active().filter(course_key=course_key).select_related("template").first()


class CompletionRule(models.Model):
    course = models.OneToOneField(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="+"
    )
    course_key = models.UUIDField(unique=True, editable=False)
    template = models.ForeignKey(
        "certificates.CertificateTemplate",
        verbose_name=_("certificate template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty: the default template."),
    )
    is_active = models.BooleanField(_("issue certificates automatically"), default=True)
    require_all_lessons = models.BooleanField(_("all lessons completed"), default=True)
    min_post_test_percent = models.PositiveSmallIntegerField(
        _("minimum post-test score (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("Empty: no post-test needed. The best submitted attempt counts."),
    )
    require_webinar = models.BooleanField(
        _("attended a webinar of the course"), default=False, help_text=_("Any webinar linked to this course.")
    )
    survey = models.ForeignKey(
        "quizzes.Assessment",
        verbose_name=_("survey to answer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"kind": "survey"},
    )
    valid_for_months = models.PositiveSmallIntegerField(
        _("valid for (months)"), null=True, blank=True, help_text=_("Empty: the certificate does not expire.")
    )

    objects = CompletionRuleQuerySet.as_manager()

    panels = [
        PageChooserPanel("course", "courses.CoursePage"),
        FieldRowPanel([FieldPanel("template"), FieldPanel("is_active")]),
        MultiFieldPanel(
            [
                FieldPanel("require_all_lessons"),
                FieldPanel("min_post_test_percent"),
                FieldPanel("require_webinar"),
                FieldPanel("survey"),
            ],
            heading=_("Requirements"),
        ),
        FieldPanel("valid_for_months"),
    ]

    class Meta:
        verbose_name = _("completion rule")
        verbose_name_plural = _("completion rules")

    def __str__(self):
        return str(self.course)

    def clean(self):
        super().clean()
        if self.survey_id and self.survey.kind != "survey":
            raise ValidationError({"survey": _("Choose a survey.")})
        if self.course_id:
            others = CompletionRule.objects.exclude(pk=self.pk).filter(course_key=self.course.translation_key)
            if others.exists():
                raise ValidationError({"course": _("This course already has a completion rule.")})

    def save(self, *args, **kwargs):
        self.course_key = self.course.translation_key
        super().save(*args, **kwargs)

    def expiry_for(self, issued_at):
        if not self.valid_for_months:
            return None
        month = issued_at.month - 1 + self.valid_for_months
        year, month = issued_at.year + month // 12, month % 12 + 1
        return issued_at.replace(year=year, month=month, day=min(issued_at.day, calendar.monthrange(year, month)[1]))

    def unmet(self, user):
        """What ``user`` still lacks for this course, as a list of short reasons (empty: eligible)."""
        from courses.models import LessonPage, LessonProgress
        from quizzes.models import Assessment, Attempt
        from quizzes.models.attempts import SurveyParticipation
        from webinars.models import Attendance

        missing = []
        if self.require_all_lessons:
            keys = set(LessonPage.objects.live().child_of(self.course).values_list("translation_key", flat=True))
            if not keys or len(LessonProgress.objects.completed_keys(user, keys)) < len(keys):
                missing.append(_("complete every lesson"))
        if self.min_post_test_percent is not None:
            best = (
                Attempt.objects.for_user(user)
                .submitted()
                .filter(assessment__kind=Assessment.Kind.POST_TEST, assessment__course__translation_key=self.course_key)
                .aggregate(best=Max("percent"))["best"]
            )
            if best is None or best < self.min_post_test_percent:
                missing.append(_("pass the post-test"))
        if self.require_webinar and not Attendance.objects.attended(user, self.course_key).exists():
            missing.append(_("attend a webinar of the course"))
        if self.survey_id:
            answered = (
                SurveyParticipation.objects.filter(user=user, assessment_id=self.survey_id).exists()
                or Attempt.objects.for_user(user).submitted().filter(assessment_id=self.survey_id).exists()
            )
            if not answered:
                missing.append(_("answer the course survey"))
        return missing
