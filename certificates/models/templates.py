"""Certificate templates: what editors may change on the printed page (text per language, signatories, logo)."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from cms.i18n import pick
from quizzes.models.items import language_fields, language_panels

BUILTIN_TEXT = {
    "heading": {"kk": "Сертификат", "ru": "Сертификат", "en": "Certificate"},
    "intro": {"kk": "Осы сертификат", "ru": "Настоящий сертификат подтверждает, что", "en": "This is to certify that"},
    "completion": {
        "kk": "келесі курсты сәтті аяқтағанын растайды:",
        "ru": "успешно завершил(а) курс",
        "en": "has successfully completed the course",
    },
    "issuer": {
        "kk": "Sauat — құқықтық сауаттылық платформасы",
        "ru": "Sauat — платформа правовой грамотности",
        "en": "Sauat, the legal literacy platform",
    },
    "note": {
        "kk": "Сертификаттың түпнұсқалығын QR-код арқылы кез келген адам тексере алады.",
        "ru": "Подлинность сертификата может проверить любой человек по QR-коду.",
        "en": "Anyone can check that this certificate is genuine by scanning the QR code.",
    },
}


class CertificateTemplateQuerySet(models.QuerySet):
    def default(self):
        """The template marked as default, else the oldest one (None if there is none)."""
        return self.order_by("-is_default", "pk").first()


class CertificateTemplate(ClusterableModel):
    class Layout(models.TextChoices):
        CLASSIC = "classic", _("Classic: serif heading, double frame")
        MODERN = "modern", _("Modern: sans-serif heading, coloured band")

    name = models.CharField(_("name"), max_length=100)
    is_default = models.BooleanField(_("default template"), default=False)
    layout = models.CharField(_("layout"), max_length=10, choices=Layout.choices, default=Layout.CLASSIC)
    accent_color = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#1f5f8b",
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", _("A colour like #1f5f8b."))],
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    locals().update(language_fields("heading", _("heading"), max_length=100))
    locals().update(language_fields("intro", _("line before the name"), max_length=200))
    locals().update(language_fields("completion", _("line before the course title"), max_length=200))
    locals().update(language_fields("issuer", _("issuer name"), max_length=200))
    locals().update(language_fields("note", _("closing note"), text=True))
    for _code in ("note_kk",):
        locals()[_code].blank = True
    del _code

    objects = CertificateTemplateQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("is_default")]),
        FieldRowPanel([FieldPanel("layout"), FieldPanel("accent_color"), FieldPanel("logo")]),
        language_panels("heading", _("Heading")),
        language_panels("intro", _("Line before the name")),
        language_panels("completion", _("Line before the course title")),
        language_panels("issuer", _("Issuer")),
        language_panels("note", _("Closing note")),
        InlinePanel("signatories", heading=_("Signatories"), label=_("signatory"), max_num=3),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self):
        return self.name

    @classmethod
    def builtin(cls):
        """An unsaved template with the standard wording: used when editors have made none."""
        fields = {f"{field}_{code}": text for field, texts in BUILTIN_TEXT.items() for code, text in texts.items()}
        return cls(name="Sauat", **fields)

    def text(self, field, language):
        return pick(self, field, language)


class Signatory(Orderable):
    template = ParentalKey(CertificateTemplate, on_delete=models.CASCADE, related_name="signatories")
    name = models.CharField(_("name"), max_length=150)
    locals().update(language_fields("position", _("position"), max_length=200))
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), language_panels("position", _("Position")), FieldPanel("signature")]

    class Meta(Orderable.Meta):
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")

    def __str__(self):
        return self.name

    def position(self, language):
        return pick(self, "position", language)
