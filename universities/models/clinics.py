"""Legal clinics, their staff (supervisors, student consultants) and citizens' intakes.

The clinic directory is shared: the tutor hands people over to a clinic by topic and region (issue 7),
and universities run the clinic's intake queue (issue 8).
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from cms.i18n import pick
from universities.exceptions import InvalidStatusError

from .organisations import University
from .states import GuardedStatusMixin

LANGUAGES = [("kk", _("Kazakh")), ("ru", _("Russian")), ("en", _("English"))]


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

    def get_absolute_url(self):
        """The public clinic page with the intake form, in the current language."""
        return reverse("clinics:detail", args=[self.slug])

    @property
    def name(self):
        return pick(self, "name")

    @property
    def language_names(self):
        names = dict(LANGUAGES)
        return [names[code] for code in self.languages if code in names]

    @property
    def hours(self):
        return pick(self, "hours")


class ClinicMembership(models.Model):
    """Clinic staff: supervisors (teachers) see and assign every intake; consultants see their own cases."""

    class Role(models.TextChoices):
        SUPERVISOR = "supervisor", _("Supervisor")
        CONSULTANT = "consultant", _("Student consultant")

    clinic = models.ForeignKey(LegalClinic, verbose_name=_("clinic"), on_delete=models.CASCADE, related_name="staff")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE, related_name="clinic_roles"
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.CONSULTANT)

    panels = [FieldPanel("clinic"), FieldPanel("user"), FieldPanel("role")]

    class Meta:
        verbose_name = _("clinic staff member")
        verbose_name_plural = _("clinic staff")
        constraints = [models.UniqueConstraint(fields=["clinic", "user"], name="one_role_per_clinic")]

    def __str__(self):
        return f"{self.user} · {self.clinic} ({self.get_role_display()})"

    @property
    def is_supervisor(self):
        return self.role == self.Role.SUPERVISOR


def months_before(moment, months):
    """The same day and time ``months`` calendar months earlier (clamped to the month's last day)."""
    import calendar

    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


class IntakeQuerySet(models.QuerySet):
    def for_clinic(self, clinic):
        return self.filter(clinic=clinic)

    def open(self):
        return self.exclude(status=Intake.Status.CLOSED)

    def due_for_erasure(self, now=None):
        """Closed intakes whose personal details outlived the retention period (SAUAT_CLINIC_RETENTION_MONTHS)."""
        cutoff = months_before(now or timezone.now(), settings.SAUAT_CLINIC_RETENTION_MONTHS)
        return self.filter(status=Intake.Status.CLOSED, closed_at__lt=cutoff, personal_data_erased_at__isnull=True)

    def hours_by_consultant(self):
        return (
            self.filter(assigned_to__isnull=False, hours__gt=0)
            .values("assigned_to", "assigned_to__display_name", "assigned_to__email")
            .annotate(total_hours=models.Sum("hours"), cases=models.Count("pk"))
            .order_by("-total_hours")
        )


class Intake(GuardedStatusMixin, models.Model):
    """A citizen's question to one clinic. Personal details are erased some months after it is closed."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        ASSIGNED = "assigned", _("Assigned")
        ANSWERED = "answered", _("Answered")
        CLOSED = "closed", _("Closed")

    class Contact(models.TextChoices):
        EMAIL = "email", _("E-mail")
        PHONE = "phone", _("Phone call")

    NEXT_STATUS = {
        Status.NEW: {Status.ASSIGNED, Status.CLOSED},
        Status.ASSIGNED: {Status.ASSIGNED, Status.ANSWERED, Status.CLOSED},
        Status.ANSWERED: {Status.CLOSED, Status.ASSIGNED},
        Status.CLOSED: set(),
    }
    invalid_move_message = _("An intake cannot go from “%(old)s” to “%(new)s”.")
    CONSENT_VERSION = "2026-12"
    ERASED = "—"

    clinic = models.ForeignKey(LegalClinic, verbose_name=_("clinic"), on_delete=models.CASCADE, related_name="intakes")
    reference = models.CharField(_("reference"), max_length=12, unique=True)
    submission_key = models.CharField(max_length=64, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="clinic_intakes",
    )
    topic = models.ForeignKey(
        "courses.Topic", verbose_name=_("topic"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    description = models.TextField(_("description"), max_length=4000)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES, default="kk")
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    contact_preference = models.CharField(
        _("contact preference"), max_length=8, choices=Contact.choices, default=Contact.EMAIL
    )
    consent_text_version = models.CharField(_("consent text version"), max_length=16)
    consent_given_at = models.DateTimeField(_("consent given at"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.NEW)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("student consultant"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_intakes",
    )
    answer_summary = models.TextField(_("answer given"), blank=True, max_length=4000)
    hours = models.DecimalField(
        _("hours spent"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    created_at = models.DateTimeField(_("received at"), default=timezone.now)
    assigned_at = models.DateTimeField(_("assigned at"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    personal_data_erased_at = models.DateTimeField(_("personal details erased at"), null=True, blank=True)

    objects = IntakeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("clinic intake")
        verbose_name_plural = _("clinic intakes")

    def __str__(self):
        return self.reference

    def get_absolute_url(self):
        return reverse("universities:intake", args=[self.pk])

    def assign(self, consultant):
        """The supervisor gives the case to a student consultant of this clinic (or moves it to another)."""
        if not self.clinic.staff.filter(user=consultant, role=ClinicMembership.Role.CONSULTANT).exists():
            raise InvalidStatusError(_("Only a student consultant of this clinic can take the case."))
        self._move_to(self.Status.ASSIGNED)
        self.assigned_to = consultant
        self.assigned_at = timezone.now()
        self.save(update_fields=["status", "assigned_to", "assigned_at"])

    def record_answer(self, summary, hours):
        """The consultant answered the citizen: what was advised and how long it took."""
        self._move_to(self.Status.ANSWERED)
        self.answer_summary = summary
        self.hours = hours
        self.answered_at = timezone.now()
        self.save(update_fields=["status", "answer_summary", "hours", "answered_at"])

    def close(self):
        """The supervisor signs the case off (or closes a question the clinic cannot take)."""
        self._move_to(self.Status.CLOSED)
        self.closed_at = timezone.now()
        self.save(update_fields=["status", "closed_at"])

    def erase_personal_details(self):
        """Keep the anonymised case log (topic, dates, status, hours); drop who asked and what they wrote."""
        self.name = self.ERASED
        self.email = ""
        self.phone = ""
        self.description = self.ERASED
        self.answer_summary = self.ERASED if self.answer_summary else ""
        self.user = None
        self.personal_data_erased_at = timezone.now()
        self.save(
            update_fields=["name", "email", "phone", "description", "answer_summary", "user", "personal_data_erased_at"]
        )
