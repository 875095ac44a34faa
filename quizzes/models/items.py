"""The item bank: questions with their options in kk, ru and en, frozen into versions once answered.

An Item is what editors edit. An ItemVersion is an immutable JSON snapshot of an item that learners
answer; saving an item whose current version already has answers creates the next version, so old
attempts keep exactly the wording and key they answered (docs/decisions/0004).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, PreviewableMixin
from wagtail.search import index

from cms.i18n import LANGUAGE_CODES, pick


class Kind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple response")
    TRUE_FALSE = "truefalse", _("True / false")
    MATCHING = "matching", _("Matching")
    ORDERING = "ordering", _("Ordering")
    SHORT = "short", _("Short answer")
    LIKERT = "likert", _("Likert scale (survey)")
    CHOICE = "choice", _("Choice (survey)")
    MULTICHOICE = "multichoice", _("Multiple choice (survey)")
    NUMBER = "number", _("Number (survey)")
    TEXT = "text", _("Free text (survey)")


GRADED_KINDS = {Kind.SINGLE, Kind.MULTIPLE, Kind.TRUE_FALSE, Kind.MATCHING, Kind.ORDERING, Kind.SHORT}
SURVEY_KINDS = {Kind.LIKERT, Kind.CHOICE, Kind.MULTICHOICE, Kind.NUMBER, Kind.TEXT}
OPTION_KINDS = {Kind.SINGLE, Kind.MULTIPLE, Kind.TRUE_FALSE, Kind.LIKERT, Kind.CHOICE, Kind.MULTICHOICE}

DIFFICULTY_CHOICES = [
    (1, _("1 · very easy")),
    (2, _("2 · easy")),
    (3, _("3 · medium")),
    (4, _("4 · hard")),
    (5, _("5 · very hard")),
]


def trilingual(obj, field):
    """{"kk": ..., "ru": ..., "en": ...} from the ``<field>_<code>`` columns of ``obj``."""
    return {code: getattr(obj, f"{field}_{code}", "") or "" for code in LANGUAGE_CODES}


def language_fields(field, label, *, text=False, max_length=500):
    """Three columns ``<field>_kk/_ru/_en``; only Kazakh (the source) is required."""
    columns = {}
    for code, name in (("kk", _("Kazakh")), ("ru", _("Russian")), ("en", _("English"))):
        verbose = format_lazy("{label} ({language})", label=label, language=name)
        blank = code != "kk"
        if text:
            columns[f"{field}_{code}"] = models.TextField(verbose, blank=blank)
        else:
            columns[f"{field}_{code}"] = models.CharField(verbose, max_length=max_length, blank=blank)
    return columns


def language_panels(field, heading):
    return MultiFieldPanel([FieldPanel(f"{field}_{code}") for code in LANGUAGE_CODES], heading=heading)


class Scenario(index.Indexed, models.Model):
    """A case scenario: a situation that several items are asked about."""

    locals().update(language_fields("title", _("title"), max_length=200))
    locals().update(language_fields("situation", _("situation"), text=True))

    panels = [language_panels("title", _("Title")), language_panels("situation", _("Situation"))]
    search_fields = [index.SearchField("title_kk"), index.SearchField("title_ru"), index.SearchField("title_en")]

    class Meta:
        ordering = ["title_kk"]
        verbose_name = _("case scenario")
        verbose_name_plural = _("case scenarios")

    def __str__(self):
        return pick(self, "title")


class ItemQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Item.Status.PUBLISHED)

    def graded(self):
        return self.filter(kind__in=GRADED_KINDS)

    def with_skill(self, skill):
        return self.filter(skills=skill)

    def in_language(self, code):
        return self.filter(languages__contains=code)


class Item(PreviewableMixin, index.Indexed, ClusterableModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        RETIRED = "retired", _("Retired")

    key = models.SlugField(
        _("key"), max_length=80, unique=True, help_text=_("A stable identifier, e.g. cr-01. It never changes.")
    )
    kind = models.CharField(_("type"), max_length=12, choices=Kind.choices, default=Kind.SINGLE)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    skills = ParentalManyToManyField("courses.Skill", verbose_name=_("skills"), blank=True, related_name="items")
    difficulty = models.PositiveSmallIntegerField(
        _("difficulty"), choices=DIFFICULTY_CHOICES, default=3, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    scenario = models.ForeignKey(
        Scenario,
        verbose_name=_("case scenario"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="items",
        help_text=_("The situation shown before this question, if it is part of a case."),
    )
    locals().update(language_fields("stem", _("question"), text=True))
    locals().update(language_fields("explanation", _("explanation"), text=True))
    legal_act = models.ForeignKey(
        "cms.LegalAct",
        verbose_name=_("legal act"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="items",
    )
    locals().update(language_fields("article", _("article"), max_length=100))
    # Survey settings.
    variable = models.CharField(
        _("variable name"),
        max_length=32,
        blank=True,
        help_text=_("For survey exports: lowercase letters, digits and underscores, e.g. q_ai_use."),
    )
    allow_dont_know = models.BooleanField(_("offer “don't know”"), default=False)
    allow_prefer_not = models.BooleanField(_("offer “prefer not to say”"), default=False)
    identifying = models.BooleanField(
        _("demographic question"),
        default=False,
        help_text=_(
            "Answers such as age group, place or language can single people out together: research exports "
            "treat them as quasi-identifiers (k-anonymity)."
        ),
    )
    min_value = models.IntegerField(_("smallest number"), null=True, blank=True)
    max_value = models.IntegerField(_("largest number"), null=True, blank=True)

    languages = models.CharField(_("languages"), max_length=20, blank=True, editable=False)
    current_version = models.ForeignKey(
        "quizzes.ItemVersion", null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ItemQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("kind"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("difficulty"), FieldPanel("scenario")]),
        FieldPanel("skills"),
        language_panels("stem", _("Question")),
        InlinePanel(
            "options",
            heading=_("Options, pairs, steps or accepted answers"),
            help_text=_(
                "Choice items: one row per option, tick the correct ones. Matching: the left text in "
                "“text”, its match in “match”. Ordering: the steps in the correct order. Short answer: "
                "one accepted answer per row. Likert and survey choices: one row per answer."
            ),
        ),
        language_panels("explanation", _("Explanation shown after answering")),
        MultiFieldPanel(
            [FieldPanel("legal_act"), *[FieldPanel(f"article_{code}") for code in LANGUAGE_CODES]],
            heading=_("Legal source"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("variable"),
                FieldRowPanel([FieldPanel("allow_dont_know"), FieldPanel("allow_prefer_not")]),
                FieldPanel("identifying"),
                FieldRowPanel([FieldPanel("min_value"), FieldPanel("max_value")]),
            ],
            heading=_("Survey settings"),
            classname="collapsed",
        ),
    ]
    search_fields = [
        index.SearchField("key"),
        index.SearchField("stem_kk"),
        index.SearchField("stem_ru"),
        index.SearchField("stem_en"),
        index.FilterField("kind"),
        index.FilterField("status"),
    ]

    class Meta:
        ordering = ["key"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return f"{self.key}: {pick(self, 'stem')[:80]}"

    @property
    def is_graded(self):
        return self.kind in GRADED_KINDS

    @property
    def stem(self):
        return pick(self, "stem")

    def clean(self):
        super().clean()
        if self.kind in GRADED_KINDS and self.variable:
            raise ValidationError({"variable": _("Only survey questions have a variable name.")})
        if self.variable:
            RegexValidator(r"^[a-z][a-z0-9_]{0,31}$", _("Use a-z, digits and _; start with a letter."))(self.variable)
        if self.min_value is not None and self.max_value is not None and self.min_value > self.max_value:
            raise ValidationError({"max_value": _("The largest number must not be below the smallest.")})

    def save(self, *args, **kwargs):
        """Saving (also from the admin, with the options) keeps the current version in step."""
        super().save(*args, **kwargs)
        self.sync_version()

    # Versions -----------------------------------------------------------------------------------

    def snapshot(self):
        """Everything a learner sees and the grader needs, as plain JSON (the version content)."""
        options = list(self.options.all())
        return {
            "key": self.key,
            "kind": self.kind,
            "stem": trilingual(self, "stem"),
            "options": [
                {
                    "key": option.key,
                    "text": trilingual(option, "text"),
                    "match": trilingual(option, "match"),
                    "feedback": trilingual(option, "feedback"),
                    "correct": option.is_correct,
                }
                for option in options
            ],
            "explanation": trilingual(self, "explanation"),
            "legal_act": self.legal_act_id,
            "article": trilingual(self, "article"),
            "skills": sorted(self.skills.values_list("code", flat=True)) if self.pk else [],
            "difficulty": self.difficulty,
            "scenario": (
                {
                    "id": self.scenario_id,
                    "title": trilingual(self.scenario, "title"),
                    "situation": trilingual(self.scenario, "situation"),
                }
                if self.scenario_id
                else None
            ),
            "survey": {
                "variable": self.variable,
                "allow_dont_know": self.allow_dont_know,
                "allow_prefer_not": self.allow_prefer_not,
                "min": self.min_value,
                "max": self.max_value,
            },
        }

    def _languages(self, content):
        return ",".join(code for code in LANGUAGE_CODES if content["stem"].get(code))

    def sync_version(self):
        """Make the current version match the item; freeze a new version if the old one was answered.

        Call after the item and its options are saved. Returns the current ItemVersion.
        """
        content = self.snapshot()
        with transaction.atomic():
            version = self.current_version
            if version is not None and version.content == content:
                return version
            if version is None or version.has_answers():
                number = (self.versions.aggregate(models.Max("number"))["number__max"] or 0) + 1
                version = ItemVersion.objects.create(item=self, number=number, content=content)
            else:
                version.content = content
                version.save(update_fields=["content"])
            Item.objects.filter(pk=self.pk).update(current_version=version, languages=self._languages(content))
            self.current_version = version
            self.languages = self._languages(content)
        return version

    # Preview as a learner sees it -----------------------------------------------------------------

    @property
    def preview_modes(self):
        return [(code, name) for code, name in settings.LANGUAGES]

    @property
    def default_preview_mode(self):
        return settings.LANGUAGE_CODE

    def get_preview_template(self, request, mode_name):
        return "quizzes/item_preview.html"

    def get_preview_context(self, request, mode_name):
        from django.utils import translation

        from quizzes.presentation import present_question

        translation.activate(mode_name or settings.LANGUAGE_CODE)
        content = self.snapshot()
        order = [o["key"] for o in content["options"]]
        acts = {self.legal_act_id: self.legal_act} if self.legal_act_id else {}
        entry = {"v": 0, "options": order, "matches": order}
        question = present_question(content, entry, mode_name, reveal=True, legal_acts=acts)
        return {"object": self, "question": question, "language": mode_name}


def new_option_key():
    import secrets

    return secrets.token_hex(4)


class Option(Orderable):
    """One option (choice items), pair (matching), step (ordering) or accepted answer (short answer)."""

    item = ParentalKey(Item, on_delete=models.CASCADE, related_name="options")
    key = models.CharField(max_length=16, default=new_option_key, editable=False)
    is_correct = models.BooleanField(_("correct"), default=False)
    locals().update(language_fields("text", _("text")))
    locals().update(language_fields("match", _("match (matching items)"), max_length=300))
    locals().update(language_fields("feedback", _("feedback"), text=True))
    for _code in ("match_kk", "feedback_kk"):
        locals()[_code].blank = True
    del _code

    panels = [
        FieldPanel("is_correct"),
        FieldRowPanel([FieldPanel("text_kk"), FieldPanel("text_ru"), FieldPanel("text_en")]),
        FieldRowPanel([FieldPanel("match_kk"), FieldPanel("match_ru"), FieldPanel("match_en")]),
        FieldRowPanel([FieldPanel("feedback_kk"), FieldPanel("feedback_ru"), FieldPanel("feedback_en")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("option")
        verbose_name_plural = _("options")
        constraints = [models.UniqueConstraint(fields=["item", "key"], name="unique_option_key_per_item")]

    def __str__(self):
        return pick(self, "text")


class ItemVersion(models.Model):
    """An immutable snapshot of an item; answers point here, never at the editable item."""

    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    content = models.JSONField(_("content"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["item", "number"]
        constraints = [models.UniqueConstraint(fields=["item", "number"], name="unique_item_version_number")]
        verbose_name = _("question version")
        verbose_name_plural = _("question versions")

    def __str__(self):
        return f"{self.item.key} v{self.number}"

    def has_answers(self):
        return self.answers.exists()

    @cached_property
    def kind(self):
        return self.content["kind"]

    @property
    def skills(self):
        return self.content.get("skills", [])
