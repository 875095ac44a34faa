"""Topics group courses in the catalogue; skills are what lessons teach and quizzes measure."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from cms.i18n import pick


class Topic(index.Indexed, models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=100)
    name_ru = models.CharField(_("name (Russian)"), max_length=100, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=100, blank=True)

    panels = [FieldPanel("slug"), FieldPanel("name_kk"), FieldPanel("name_ru"), FieldPanel("name_en")]
    search_fields = [index.SearchField("name_kk"), index.SearchField("name_ru"), index.SearchField("name_en")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return pick(self, "name")


class Skill(index.Indexed, models.Model):
    """One unit of legal know-how (e.g. "return faulty goods"); stable code, name per language.

    Quizzes tag items with skills and the tutor keeps mastery per skill, so codes never change.
    """

    code = models.CharField(
        _("code"),
        max_length=80,
        unique=True,
        validators=[
            RegexValidator(r"^[a-z0-9]+([.-][a-z0-9]+)*$", _("Use lowercase letters, digits, dots and dashes."))
        ],
    )
    topic = models.ForeignKey(
        "courses.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="skills",
    )
    name_kk = models.CharField(_("name (Kazakh)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)

    panels = [
        FieldPanel("code"),
        FieldPanel("topic"),
        MultiFieldPanel([FieldPanel("name_kk"), FieldPanel("name_ru"), FieldPanel("name_en")], heading=_("Name")),
    ]
    search_fields = [
        index.SearchField("code"),
        index.SearchField("name_kk"),
        index.SearchField("name_ru"),
        index.SearchField("name_en"),
        index.AutocompleteField("name_kk"),
        index.AutocompleteField("name_ru"),
        index.AutocompleteField("name_en"),
    ]

    class Meta:
        ordering = ["code"]
        verbose_name = _("skill")
        verbose_name_plural = _("skills")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return pick(self, "name")
