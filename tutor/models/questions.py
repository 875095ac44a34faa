"""Questions and answers (issue 7): answer cards, the passage index table, the question log and ratings.

The index table holds what the tutor may quote: passages of published lessons, webinar transcripts and
approved answer cards. It is rewritten on publish and unpublish; each process keeps a bm25s index in
memory and rebuilds it when the table's generation (row count and highest id) changes.
"""

import hashlib
import hmac

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from cms.i18n import pick

LANGUAGES = [("kk", _("Kazakh")), ("ru", _("Russian")), ("en", _("English"))]


class Action(models.TextChoices):
    ANSWER = "answer", _("Answer")
    REFUSE = "refuse", _("Refuse")
    ESCALATE = "escalate", _("Escalate")


class AnswerCardQuerySet(models.QuerySet):
    def approved(self):
        """Cards a legal reviewer approved: only these are indexed and quoted."""
        return self.filter(status=AnswerCard.Status.APPROVED).exclude(reviewed_by="").exclude(reviewed_on=None)


class AnswerCard(index.Indexed, models.Model):
    """A question answered once by people: paraphrases in kk/ru/en, an approved answer and its citations."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        APPROVED = "approved", _("Approved by a legal reviewer")
        RETIRED = "retired", _("Retired")

    key = models.SlugField(_("key"), unique=True, max_length=80)
    topic = models.ForeignKey(
        "courses.Topic", verbose_name=_("topic"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    questions_kk = models.TextField(_("questions (Kazakh)"), blank=True, help_text=_("One paraphrase a line."))
    questions_ru = models.TextField(_("questions (Russian)"), blank=True, help_text=_("One paraphrase a line."))
    questions_en = models.TextField(_("questions (English)"), blank=True, help_text=_("One paraphrase a line."))
    answer_kk = models.TextField(_("answer (Kazakh)"), blank=True)
    answer_ru = models.TextField(_("answer (Russian)"), blank=True)
    answer_en = models.TextField(_("answer (English)"), blank=True)
    legal_act = models.ForeignKey(
        "cms.LegalAct", verbose_name=_("legal act"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    article = models.CharField(_("article"), max_length=100, blank=True)
    lesson = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    reviewed_by = models.CharField(_("reviewed by"), max_length=200, blank=True)
    reviewed_on = models.DateField(_("review date"), null=True, blank=True)
    source_question = models.ForeignKey(
        "tutor.QuestionLog",
        verbose_name=_("made from the logged question"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = AnswerCardQuerySet.as_manager()

    panels = [
        FieldPanel("key"),
        FieldPanel("topic"),
        MultiFieldPanel(
            [FieldPanel("questions_kk"), FieldPanel("questions_ru"), FieldPanel("questions_en")],
            heading=_("Questions it answers"),
        ),
        MultiFieldPanel(
            [FieldPanel("answer_kk"), FieldPanel("answer_ru"), FieldPanel("answer_en")], heading=_("Answer")
        ),
        MultiFieldPanel([FieldPanel("legal_act"), FieldPanel("article"), FieldPanel("lesson")], heading=_("Citation")),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("reviewed_by"), FieldPanel("reviewed_on")], heading=_("Legal review")
        ),
    ]
    search_fields = [index.SearchField("key"), index.SearchField("questions_kk"), index.SearchField("questions_ru")]

    class Meta:
        ordering = ["key"]
        permissions = [("approve_answercard", "Can approve answer cards (legal reviewer)")]
        verbose_name = _("answer card")
        verbose_name_plural = _("answer cards")

    def __str__(self):
        return self.key

    @property
    def is_approved(self):
        return self.status == self.Status.APPROVED and bool(self.reviewed_by) and self.reviewed_on is not None

    def answer_in(self, language):
        return pick(self, "answer", language)

    def questions_in(self, language):
        return [line.strip() for line in getattr(self, f"questions_{language}", "").splitlines() if line.strip()]


class Passage(models.Model):
    """One quotable unit of published content in one language (a lesson section, transcript stretch or card)."""

    class Kind(models.TextChoices):
        LESSON = "lesson", _("Lesson passage")
        TRANSCRIPT = "transcript", _("Webinar transcript")
        CARD = "card", _("Answer card")

    key = models.CharField(max_length=200, help_text="Stable id, e.g. lesson:<slug>#s2:ru or card:<key>:kk")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    language = models.CharField(max_length=2, choices=LANGUAGES)
    group = models.CharField(max_length=200, help_text="Same value for the language versions of one passage")
    source_id = models.CharField(max_length=64, help_text="Page id or card id the passage comes from", db_index=True)
    topic_slug = models.CharField(max_length=50, blank=True)
    title = models.CharField(max_length=300)
    url = models.CharField(max_length=500, blank=True)
    text = models.TextField()
    legal_act = models.CharField(max_length=300, blank=True)
    article = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["kind", "source_id"])]

    def __str__(self):
        return self.key


def pseudonym(user):
    """A keyed hash of the user id (SAUAT_TUTOR_LOG_SECRET): the log never stores who asked."""
    if user is None or not user.is_authenticated:
        return ""
    secret = (getattr(settings, "SAUAT_TUTOR_LOG_SECRET", "") or settings.SECRET_KEY).encode()
    return hmac.new(secret, f"user:{user.pk}".encode(), hashlib.sha256).hexdigest()[:32]


class QuestionLogQuerySet(models.QuerySet):
    def for_user(self, user):
        key = pseudonym(user)
        return self.filter(asker=key) if key else self.none()

    def flagged(self):
        return self.filter(models.Q(ratings__verdict__in=["wrong", "unclear"]) | models.Q(action="refuse")).distinct()


class QuestionLog(models.Model):
    """One question (personal data removed) and what the tutor did with it."""

    asker = models.CharField(_("asker (pseudonym)"), max_length=64, blank=True, db_index=True)
    question = models.TextField(_("question (personal data removed)"))
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES)
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    reason = models.CharField(_("reason"), max_length=60, blank=True)
    answer = models.TextField(_("answer"), blank=True)
    passages = models.JSONField(_("passages used"), default=list, blank=True)
    score = models.FloatField(_("match score"), default=0)
    used_llm = models.BooleanField(_("LLM answer"), default=False)
    latency_ms = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(_("asked at"), default=timezone.now, db_index=True)

    objects = QuestionLogQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("logged question")
        verbose_name_plural = _("logged questions")

    def __str__(self):
        return self.question[:80]

    def rate(self, rater, verdict):
        """Record (or change) one rater's verdict on this answer; rating again replaces the verdict."""
        rating, _created = Rating.objects.update_or_create(question=self, rater=rater, defaults={"verdict": verdict})
        return rating

    def make_answer_card(self):
        """A draft answer card from this question and its answer, for an editor to rewrite and a legal
        reviewer to approve (drafts are never indexed). Made once: a second call returns the same card."""
        existing = AnswerCard.objects.filter(source_question=self).first()
        if existing is not None:
            return existing
        return AnswerCard.objects.create(
            key=f"from-question-{self.pk}",
            source_question=self,
            **{f"questions_{self.language}": self.question, f"answer_{self.language}": self.answer},
        )


class Rating(models.Model):
    class Verdict(models.TextChoices):
        HELPFUL = "helpful", _("Helpful")
        WRONG = "wrong", _("Wrong")
        UNCLEAR = "unclear", _("Unclear")

    question = models.ForeignKey(QuestionLog, on_delete=models.CASCADE, related_name="ratings")
    rater = models.CharField(max_length=64, help_text="Pseudonym of the user or of the session")
    verdict = models.CharField(_("verdict"), max_length=8, choices=Verdict.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["question", "rater"], name="one_rating_per_rater")]
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")

    def __str__(self):
        return f"{self.question_id}: {self.verdict}"
