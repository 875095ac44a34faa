"""Universities and the people who run them: administrators and instructors."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from cms.i18n import pick


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


class UniversityMembership(models.Model):
    """A member of a university's staff. Administrators manage every cohort; instructors see their own."""

    class Role(models.TextChoices):
        ADMINISTRATOR = "administrator", _("Administrator")
        INSTRUCTOR = "instructor", _("Instructor")

    university = models.ForeignKey(
        University, verbose_name=_("university"), on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE, related_name="university_roles"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.INSTRUCTOR)

    panels = [FieldPanel("university"), FieldPanel("user"), FieldPanel("role")]

    class Meta:
        verbose_name = _("university staff member")
        verbose_name_plural = _("university staff")
        constraints = [models.UniqueConstraint(fields=["university", "user"], name="one_role_per_university")]

    def __str__(self):
        return f"{self.user} · {self.university} ({self.get_role_display()})"

    @property
    def is_administrator(self):
        return self.role == self.Role.ADMINISTRATOR
