"""The learner model (issue 6): BKT parameters per skill, mastery per learner and skill, the graded
answers it was computed from, Elo item difficulty, and each learner's personalisation settings."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel

PROBABILITY = [MinValueValidator(0.0), MaxValueValidator(1.0)]


def default_params():
    """The expert-set BKT parameters every skill starts with (settings.SAUAT_TUTOR_BKT_DEFAULTS)."""
    return dict(settings.SAUAT_TUTOR_BKT_DEFAULTS)


class SkillParams(models.Model):
    """Four BKT parameters for one skill; editors may set them, the EM job re-fits them from data."""

    skill = models.OneToOneField("courses.Skill", on_delete=models.CASCADE, related_name="bkt_params")
    prior = models.FloatField(_("P(known before)"), validators=PROBABILITY)
    learn = models.FloatField(_("P(learn per answer)"), validators=PROBABILITY)
    guess = models.FloatField(_("P(guess)"), validators=PROBABILITY)
    slip = models.FloatField(_("P(slip)"), validators=PROBABILITY)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    fitted_at = models.DateTimeField(_("fitted"), null=True, blank=True, editable=False)
    sequences = models.PositiveIntegerField(_("learner sequences used"), default=0, editable=False)

    panels = [FieldPanel("skill"), FieldRowPanel([FieldPanel(n) for n in ("prior", "learn", "guess", "slip")])]

    class Meta:
        verbose_name = _("skill model parameters")
        verbose_name_plural = _("skill model parameters")

    def __str__(self):
        return f"{self.skill.code} v{self.version}"

    def as_dict(self):
        return {"prior": self.prior, "learn": self.learn, "guess": self.guess, "slip": self.slip}


class TutorProfile(models.Model):
    """One learner's personalisation choices and Elo ability; kept here, not on the account."""

    class Detail(models.TextChoices):
        AUTO = "auto", _("Chosen from my mastery")
        PLAIN = "plain", _("Plain language")
        DETAILED = "detailed", _("Detailed")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tutor_profile")
    personalised = models.BooleanField(
        _("personalise my learning path"),
        default=True,
        help_text=_("Off: the standard course order, no recommendations from the learner model."),
    )
    detail = models.CharField(_("level of detail"), max_length=10, choices=Detail.choices, default=Detail.AUTO)
    review_reminders = models.BooleanField(_("remind me of due reviews by e-mail"), default=False)
    interests = models.ManyToManyField("courses.Topic", verbose_name=_("interests"), blank=True, related_name="+")
    ability = models.FloatField(_("Elo ability"), default=0.0, editable=False)
    answers = models.PositiveIntegerField(_("answers counted"), default=0, editable=False)
    reminded_on = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("tutor settings")
        verbose_name_plural = _("tutor settings")

    def __str__(self):
        return f"{self.user_id}"

    @classmethod
    def for_user(cls, user):
        profile, _created = cls.objects.get_or_create(user=user)
        return profile


class SkillStateQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)


class SkillState(models.Model):
    """P(mastered) of one skill for one learner, after ``attempts`` graded answers."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="skill_states")
    skill = models.ForeignKey("courses.Skill", on_delete=models.CASCADE, related_name="+")
    p_mastered = models.FloatField(_("estimated mastery"), validators=PROBABILITY)
    attempts = models.PositiveIntegerField(_("answers"), default=0)
    correct = models.PositiveIntegerField(_("correct answers"), default=0)
    last_seen = models.DateTimeField(_("last answer"), default=timezone.now)
    params_version = models.PositiveIntegerField(_("model version"), default=0)

    objects = SkillStateQuerySet.as_manager()

    class Meta:
        verbose_name = _("skill mastery")
        verbose_name_plural = _("skill mastery")
        constraints = [models.UniqueConstraint(fields=["user", "skill"], name="one_state_per_learner_skill")]

    def __str__(self):
        return f"{self.user_id} {self.skill_id} {self.p_mastered:.2f}"

    @property
    def is_mastered(self):
        return (
            self.p_mastered >= settings.SAUAT_TUTOR_MASTERY_THRESHOLD
            and self.attempts >= settings.SAUAT_TUTOR_MIN_ATTEMPTS
        )

    @property
    def is_struggling(self):
        return (
            self.attempts >= settings.SAUAT_TUTOR_MIN_ATTEMPTS
            and self.p_mastered < settings.SAUAT_TUTOR_STRUGGLING_BELOW
        )

    @property
    def percent(self):
        return round(100 * self.p_mastered)


class Observation(models.Model):
    """One graded answer applied to one skill: the data the model is fitted from, and its audit trail."""

    class Source(models.TextChoices):
        LESSON_CHECK = "lesson_check", _("Lesson check")
        COURSE_QUIZ = "course_quiz", _("Course quiz")
        PRE_TEST = "pre_test", _("Pre-test")
        POST_TEST = "post_test", _("Post-test")
        REVIEW = "review", _("Daily review")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    skill = models.ForeignKey("courses.Skill", on_delete=models.CASCADE, related_name="+")
    item = models.ForeignKey("quizzes.Item", on_delete=models.CASCADE, related_name="+")
    attempt_id = models.UUIDField(_("attempt or review"))
    source = models.CharField(_("source"), max_length=16, choices=Source.choices)
    correct = models.BooleanField(_("correct"))
    p_before = models.FloatField()
    p_after = models.FloatField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("graded answer (tutor)")
        verbose_name_plural = _("graded answers (tutor)")
        constraints = [
            # A retried signal or a re-submitted attempt never counts an answer twice.
            models.UniqueConstraint(fields=["user", "skill", "item", "attempt_id"], name="one_observation_per_answer")
        ]
        indexes = [models.Index(fields=["user", "skill", "created_at"])]

    def __str__(self):
        return f"{self.user_id} {self.skill_id} {self.item_id} {'+' if self.correct else '-'}"


class ItemDifficulty(models.Model):
    """Elo-style difficulty of one question, updated online and frozen after enough answers."""

    item = models.OneToOneField("quizzes.Item", on_delete=models.CASCADE, related_name="elo")
    rating = models.FloatField(_("difficulty rating"), default=0.0)
    answers = models.PositiveIntegerField(_("answers counted"), default=0)

    class Meta:
        verbose_name = _("question difficulty")
        verbose_name_plural = _("question difficulty")

    def __str__(self):
        return f"{self.item_id} {self.rating:+.2f}"
