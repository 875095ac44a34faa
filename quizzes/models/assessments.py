"""Assessments (lesson checks, course quizzes, pre/post tests, surveys) and the blueprints they draw from."""

import random
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable
from wagtail.search import index

from cms.i18n import pick

from .items import Item, language_fields, language_panels


class Blueprint(ClusterableModel):
    """How many items per skill a form holds. Pre- and post-tests are its two parallel forms."""

    name = models.CharField(_("name"), max_length=200)
    seed = models.PositiveIntegerField(
        _("form seed"), default=1, help_text=_("Changing it deals the items into the two forms differently.")
    )

    panels = [FieldPanel("name"), FieldPanel("seed"), InlinePanel("rules", heading=_("Items per skill"), min_num=1)]

    class Meta:
        verbose_name = _("blueprint")
        verbose_name_plural = _("blueprints")

    def __str__(self):
        return self.name

    def parallel_forms(self):
        """Two disjoint lists of item ids, "A" and "B", with matched difficulty per skill.

        For each rule the published items carrying its skill are sorted by difficulty and taken in
        neighbouring pairs; a coin seeded by ``seed`` sends one of each pair to each form.
        """
        rng = random.Random(self.seed)  # noqa: S311 - reproducible dealing, not security
        forms = {"A": [], "B": []}
        used = set()
        for rule in self.rules.select_related("skill").order_by("sort_order", "pk"):
            pool = [
                item
                for item in rule.pool().order_by("difficulty", "key").only("pk", "difficulty")
                if item.pk not in used
            ]
            for first, second in list(zip(pool[0::2], pool[1::2], strict=False))[: rule.count]:
                pair = [first.pk, second.pk]
                rng.shuffle(pair)
                forms["A"].append(pair[0])
                forms["B"].append(pair[1])
                used.update(pair)
        return forms

    def random_form(self, rng):
        """One random draw of ``count`` items per rule (course quizzes)."""
        chosen = []
        for rule in self.rules.select_related("skill").order_by("sort_order", "pk"):
            pool = [pk for pk in rule.pool().order_by("key").values_list("pk", flat=True) if pk not in chosen]
            chosen.extend(rng.sample(pool, min(rule.count, len(pool))))
        return chosen

    def shortfalls(self):
        """Rules whose pool is too small for two parallel forms: [(rule, available pairs)]."""
        pairs = [(rule, rule.pool().count() // 2) for rule in self.rules.all()]
        return [(rule, available) for rule, available in pairs if available < rule.count]


class BlueprintRule(Orderable):
    blueprint = ParentalKey(Blueprint, on_delete=models.CASCADE, related_name="rules")
    skill = models.ForeignKey("courses.Skill", verbose_name=_("skill"), on_delete=models.PROTECT, related_name="+")
    count = models.PositiveSmallIntegerField(_("items per form"), default=2)
    min_difficulty = models.PositiveSmallIntegerField(_("easiest"), default=1)
    max_difficulty = models.PositiveSmallIntegerField(_("hardest"), default=5)
    pool_tag = models.CharField(
        _("pool"), max_length=80, blank=True, help_text=_("Only items whose key starts with this, e.g. cr-.")
    )

    panels = [
        FieldRowPanel([FieldPanel("skill"), FieldPanel("count")]),
        FieldRowPanel([FieldPanel("min_difficulty"), FieldPanel("max_difficulty"), FieldPanel("pool_tag")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("rule")

    def pool(self):
        items = (
            Item.objects.published()
            .graded()
            .filter(skills=self.skill_id, difficulty__gte=self.min_difficulty, difficulty__lte=self.max_difficulty)
            .exclude(current_version=None)
        )
        if self.pool_tag:
            items = items.filter(key__startswith=self.pool_tag)
        return items


class AssessmentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def for_lesson(self, lesson):
        return self.published().filter(
            kind=Assessment.Kind.LESSON_CHECK, lesson__translation_key=lesson.translation_key
        )

    def for_course(self, course):
        return self.published().filter(course__translation_key=course.translation_key)


class Assessment(index.Indexed, ClusterableModel):
    class Kind(models.TextChoices):
        LESSON_CHECK = "lesson_check", _("Lesson check")
        COURSE_QUIZ = "course_quiz", _("Course quiz")
        PRE_TEST = "pre_test", _("Pre-test")
        POST_TEST = "post_test", _("Post-test")
        SURVEY = "survey", _("Survey")

    class Feedback(models.TextChoices):
        IMMEDIATE = "immediate", _("Immediately after each answer")
        AFTER_SUBMIT = "after_submit", _("After the attempt is submitted")

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    is_published = models.BooleanField(_("published"), default=False)
    locals().update(language_fields("title", _("title"), max_length=200))
    locals().update(language_fields("intro", _("introduction"), text=True))
    for _code in ("intro_kk",):
        locals()[_code].blank = True
    del _code
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    blueprint = models.ForeignKey(
        Blueprint,
        verbose_name=_("blueprint"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assessments",
        help_text=_("Draw items by skill. Pre- and post-tests of one course share one blueprint."),
    )
    shuffle_items = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    feedback = models.CharField(_("feedback"), max_length=16, choices=Feedback.choices, default=Feedback.AFTER_SUBMIT)
    max_attempts = models.PositiveSmallIntegerField(_("attempts allowed"), default=0, help_text=_("0 means unlimited."))
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=0, validators=[], help_text=_("0 means no pass mark.")
    )
    time_limit_minutes = models.PositiveSmallIntegerField(_("time limit (minutes)"), null=True, blank=True)
    certainty_marking = models.BooleanField(
        _("certainty-based marking"),
        default=False,
        help_text=_("Learners say how sure they are; confident wrong answers cost more, and calibration is reported."),
    )
    # Surveys
    anonymous = models.BooleanField(
        _("anonymous"), default=False, help_text=_("Surveys only: responses are stored without any link to a person.")
    )
    locals().update(language_fields("consent", _("consent text"), text=True))
    for _code in ("consent_kk",):
        locals()[_code].blank = True
    del _code
    consent_version = models.PositiveIntegerField(_("consent version"), default=1, editable=False)

    objects = AssessmentQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("slug"), FieldPanel("kind"), FieldPanel("is_published")]),
        language_panels("title", _("Title")),
        language_panels("intro", _("Introduction")),
        MultiFieldPanel(
            [PageChooserPanel("course", "courses.CoursePage"), PageChooserPanel("lesson", "courses.LessonPage")]
        ),
        MultiFieldPanel(
            [
                FieldPanel("blueprint"),
                InlinePanel("fixed_items", heading=_("Fixed questions"), label=_("question")),
                FieldRowPanel([FieldPanel("shuffle_items"), FieldPanel("shuffle_options")]),
            ],
            heading=_("Questions"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("feedback"),
                FieldRowPanel([FieldPanel("max_attempts"), FieldPanel("pass_mark"), FieldPanel("time_limit_minutes")]),
                FieldPanel("certainty_marking"),
            ],
            heading=_("Grading"),
        ),
        MultiFieldPanel(
            [FieldPanel("anonymous"), *language_panels("consent", _("Consent")).children],
            heading=_("Survey"),
            classname="collapsed",
        ),
    ]
    search_fields = [index.SearchField("title_kk"), index.SearchField("title_ru"), index.SearchField("title_en")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")

    def __str__(self):
        return self.title

    @property
    def title(self):
        return pick(self, "title")

    @property
    def intro(self):
        return pick(self, "intro")

    @property
    def consent(self):
        return pick(self, "consent")

    @property
    def is_survey(self):
        return self.kind == self.Kind.SURVEY

    @property
    def is_graded(self):
        return not self.is_survey

    @property
    def gives_immediate_feedback(self):
        return self.feedback == self.Feedback.IMMEDIATE

    @property
    def time_limit(self):
        return timedelta(minutes=self.time_limit_minutes) if self.time_limit_minutes else None

    def clean(self):
        super().clean()
        if self.pass_mark > 100:
            raise ValidationError({"pass_mark": _("The pass mark is a percentage from 0 to 100.")})
        if self.anonymous and not self.is_survey:
            raise ValidationError({"anonymous": _("Only surveys can be anonymous.")})
        if self.kind == self.Kind.LESSON_CHECK and not self.lesson_id:
            raise ValidationError({"lesson": _("A lesson check belongs to a lesson.")})
        if self.kind in (self.Kind.PRE_TEST, self.Kind.POST_TEST) and not self.blueprint_id:
            raise ValidationError({"blueprint": _("Pre- and post-tests are drawn from a blueprint.")})

    def save(self, *args, **kwargs):
        if self.pk:
            previous = Assessment.objects.filter(pk=self.pk).values("consent_kk", "consent_ru", "consent_en").first()
            if previous and previous != {
                "consent_kk": self.consent_kk,
                "consent_ru": self.consent_ru,
                "consent_en": self.consent_en,
            }:
                self.consent_version += 1
        super().save(*args, **kwargs)

    def fixed_item_ids(self):
        return list(self.fixed_items.order_by("sort_order", "pk").values_list("item_id", flat=True))


class AssessmentItem(Orderable):
    assessment = ParentalKey(Assessment, on_delete=models.CASCADE, related_name="fixed_items")
    item = models.ForeignKey(Item, verbose_name=_("question"), on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("item")]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        constraints = [models.UniqueConstraint(fields=["assessment", "item"], name="unique_item_per_assessment")]
