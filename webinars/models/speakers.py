"""Speakers: the specialists who run webinars and consultation hours (a translatable snippet)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Speaker(TranslatableMixin, index.Indexed, models.Model):
    """One specialist, with a version per language (name spelling, role and bio are translated).

    ``user`` links the specialist's own Sauat account: that account may moderate questions on their
    webinars and read the intake of people who booked their consultation hours.
    """

    class Role(models.TextChoices):
        TEACHER = "teacher", _("University teacher")
        ADVOCATE = "advocate", _("Advocate")
        CONSULTANT = "consultant", _("Legal consultant")
        CANDIDATE = "candidate", _("Candidate of law")
        DOCTOR = "doctor", _("Doctor of law")

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.CONSULTANT)
    affiliation = models.CharField(_("organisation"), max_length=200, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("short biography"), blank=True)
    speaks_kk = models.BooleanField(_("Kazakh"), default=True)
    speaks_ru = models.BooleanField(_("Russian"), default=False)
    speaks_en = models.BooleanField(_("English"), default=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Sauat account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="speaker_profiles",
        help_text=_("Lets this specialist moderate questions and read consultation intakes."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("affiliation"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        MultiFieldPanel(
            [FieldPanel("speaks_kk"), FieldPanel("speaks_ru"), FieldPanel("speaks_en")], heading=_("Languages")
        ),
        FieldPanel("user"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("affiliation"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self):
        return self.name

    @property
    def language_codes(self):
        return [code for code in ("kk", "ru", "en") if getattr(self, f"speaks_{code}")]
