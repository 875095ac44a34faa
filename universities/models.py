"""Universities and their legal clinics.

The clinic directory is shared: the tutor hands people over to a clinic by topic and region (issue 7),
and universities run the clinic's intake queue (issue 8).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from cms.i18n import pick

LANGUAGES = [("kk", _("Kazakh")), ("ru", _("Russian")), ("en", _("English"))]


class University(index.Indexed, models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("slug"),
        MultiFieldPanel([FieldPanel("name_kk"), FieldPanel("name_ru"), FieldPanel("name_en")], heading=_("Name")),
        FieldPanel("city"),
        FieldPanel("website"),
    ]
    search_fields = [index.SearchField("name_kk"), index.SearchField("name_ru"), index.SearchField("name_en")]

    class Meta:
        ordering = ["name_kk"]
        verbose_name = _("university")
        verbose_name_plural = _("universities")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return pick(self, "name")


class LegalClinicQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def for_topic(self, topic=None, region=""):
        """Active clinics, those covering ``topic`` (a courses.Topic) and in ``region`` first."""
        clinics = self.active().select_related("university").prefetch_related("specialisations")
        order = []
        if topic is not None:
            clinics = clinics.annotate(
                covers_topic=models.Exists(
                    LegalClinic.specialisations.through.objects.filter(
                        legalclinic_id=models.OuterRef("pk"), topic_id=topic.pk
                    )
                )
            )
            order.append(models.F("covers_topic").desc())
        if region:
            clinics = clinics.annotate(in_region=models.Q(region__iexact=region))
            order.append(models.F("in_region").desc())
        return clinics.order_by(*order, "name_kk")


class LegalClinic(index.Indexed, models.Model):
    """A university legal clinic: supervised law students give free consultations."""

    university = models.ForeignKey(
        University, verbose_name=_("university"), on_delete=models.CASCADE, related_name="clinics"
    )
    slug = models.SlugField(_("slug"), unique=True)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100)
    region = models.CharField(
        _("region"), max_length=100, blank=True, help_text=_("Oblast or city of republican status.")
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    languages = models.JSONField(
        _("languages"), default=list, blank=True, help_text=_('Language codes, e.g. ["kk", "ru"].')
    )
    specialisations = models.ManyToManyField(
        "courses.Topic", verbose_name=_("specialisations"), blank=True, related_name="legal_clinics"
    )
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    hours_kk = models.CharField(_("opening hours (Kazakh)"), max_length=200, blank=True)
    hours_ru = models.CharField(_("opening hours (Russian)"), max_length=200, blank=True)
    hours_en = models.CharField(_("opening hours (English)"), max_length=200, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    objects = LegalClinicQuerySet.as_manager()

    panels = [
        FieldPanel("university"),
        FieldPanel("slug"),
        MultiFieldPanel([FieldPanel("name_kk"), FieldPanel("name_ru"), FieldPanel("name_en")], heading=_("Name")),
        MultiFieldPanel([FieldPanel("city"), FieldPanel("region"), FieldPanel("address")], heading=_("Place")),
        FieldPanel("languages"),
        FieldPanel("specialisations"),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")], heading=_("Contacts")),
        MultiFieldPanel([FieldPanel("hours_kk"), FieldPanel("hours_ru"), FieldPanel("hours_en")], heading=_("Hours")),
        FieldPanel("is_active"),
    ]
    search_fields = [
        index.SearchField("name_kk"),
        index.SearchField("name_ru"),
        index.SearchField("name_en"),
        index.FilterField("city"),
        index.FilterField("is_active"),
    ]

    class Meta:
        ordering = ["name_kk"]
        verbose_name = _("legal clinic")
        verbose_name_plural = _("legal clinics")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return pick(self, "name")

    @property
    def hours(self):
        return pick(self, "hours")
