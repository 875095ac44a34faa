"""Research projects, their versioned consent texts and each participant's consent decisions.

A project moves draft → submitted → approved (or rejected, then back to draft) → closed. Only an
approved project whose end date has not passed recruits participants and produces exports; its
researchers (the principal investigator and the members) are the only people who see it.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.i18n import pick
from universities.models.states import GuardedStatusMixin

#: The data use agreement the researcher accepts (docs/research.md); a new wording is a new version.
DUA_VERSION = "2026-12-07"


def new_key_salt():
    return secrets.token_hex(16)


class ResearchProjectQuerySet(models.QuerySet):
    def for_researcher(self, user):
        """Projects the person works on: as principal investigator or as a member."""
        if not (user and user.is_authenticated):
            return self.none()
        return self.filter(Q(principal_investigator=user) | Q(members=user)).distinct()

    def approved(self):
        return self.filter(status=ResearchProject.Status.APPROVED)

    def running(self, today=None):
        """Approved and not past the end date: recruits participants and may export."""
        return self.approved().filter(ends_on__gte=today or timezone.localdate())


class ResearchProject(GuardedStatusMixin, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Not approved")
        CLOSED = "closed", _("Closed")

    NEXT_STATUS = {
        Status.DRAFT: {Status.SUBMITTED},
        Status.SUBMITTED: {Status.APPROVED, Status.REJECTED},
        Status.APPROVED: {Status.CLOSED},
        Status.REJECTED: {Status.DRAFT},
        Status.CLOSED: set(),
    }
    invalid_move_message = _("This project cannot go from “%(old)s” to “%(new)s”.")

    title = models.CharField(_("title"), max_length=200)
    principal_investigator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("principal investigator"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="research_projects_led",
    )
    investigator_name = models.CharField(_("principal investigator (as printed)"), max_length=200)
    institution = models.CharField(_("institution"), max_length=200)
    purpose = models.TextField(_("purpose"), help_text=_("What the data will be used for, in plain words."))
    ethics_reference = models.CharField(
        _("ethics approval reference"),
        max_length=200,
        help_text=_("The decision number and committee, e.g. “KazNU LEC No. 114, 2026-11-20”."),
    )
    ends_on = models.DateField(_("end date"), help_text=_("No exports after this day; downloads expire by then."))
    instruments = models.ManyToManyField(
        "quizzes.Assessment",
        verbose_name=_("instruments"),
        related_name="research_projects",
        help_text=_("Identified surveys and pre-/post-tests whose responses the project may export."),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("other researchers"), blank=True, related_name="research_projects"
    )
    requests_free_text = models.BooleanField(
        _("asks for free-text answers"),
        default=False,
        help_text=_("Free-text answers are left out of exports unless the approval allows them."),
    )
    free_text_approved = models.BooleanField(_("free-text answers allowed"), default=False, editable=False)
    cross_border = models.BooleanField(
        _("data leave Kazakhstan"),
        default=False,
        help_text=_("Tick if researchers outside Kazakhstan receive the data; participants are told."),
    )
    min_consent_version = models.PositiveIntegerField(
        _("oldest consent version accepted"),
        default=1,
        help_text=_("Participants who agreed to an older consent text are left out until they agree again."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    dua_version = models.CharField(_("data use agreement version"), max_length=20, blank=True, editable=False)
    dua_accepted_at = models.DateTimeField(_("data use agreement accepted"), null=True, blank=True, editable=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True, editable=False)
    review_note = models.TextField(_("review note"), blank=True)
    # Per-project pseudonym key = HMAC(SAUAT_RESEARCH_KEY, salt): two projects' files cannot be linked,
    # and the database alone does not give the key (research/pseudonyms.py).
    key_salt = models.CharField(max_length=32, default=new_key_salt, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = ResearchProjectQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("research project")
        verbose_name_plural = _("research projects")
        permissions = [("approve_researchproject", "Can approve or reject research projects")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("research:project", args=[self.pk])

    @property
    def is_running(self):
        return self.status == self.Status.APPROVED and self.ends_on >= timezone.localdate()

    @property
    def is_editable(self):
        return self.status == self.Status.DRAFT

    def is_researcher(self, user):
        if not (user and user.is_authenticated):
            return False
        return self.principal_investigator_id == user.pk or self.members.filter(pk=user.pk).exists()

    # Transitions ---------------------------------------------------------------------------------

    def submit(self):
        """The researcher accepts the data use agreement and asks for approval."""
        self._move_to(self.Status.SUBMITTED)
        self.dua_version = DUA_VERSION
        self.dua_accepted_at = timezone.now()
        self.save(update_fields=["status", "dua_version", "dua_accepted_at"])

    def approve(self, *, by, free_text=False, note=""):
        self._move_to(self.Status.APPROVED)
        self.free_text_approved = bool(free_text and self.requests_free_text)
        self._reviewed(by, note)
        self.save(update_fields=["status", "free_text_approved", "reviewed_by", "reviewed_at", "review_note"])

    def reject(self, *, by, note=""):
        self._move_to(self.Status.REJECTED)
        self._reviewed(by, note)
        self.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_note"])

    def reopen(self):
        """After a rejection the researcher edits the draft and submits it again."""
        self._move_to(self.Status.DRAFT)
        self.save(update_fields=["status"])

    def close(self):
        self._move_to(self.Status.CLOSED)
        self.save(update_fields=["status"])

    def _reviewed(self, by, note):
        self.reviewed_by = by
        self.reviewed_at = timezone.now()
        self.review_note = note

    # Consent -------------------------------------------------------------------------------------

    def current_consent_text(self):
        return self.consent_texts.order_by("-version").first()

    def consented_user_ids(self):
        """Ids of people whose latest decision for this project is "yes" to a version >= the minimum."""
        return (
            ResearchConsent.objects.current_for(self)
            .filter(granted=True, text_version__gte=self.min_consent_version)
            .values_list("user_id", flat=True)
        )


class ConsentText(models.Model):
    """One wording of a project's consent; changing the wording adds the next version."""

    project = models.ForeignKey(ResearchProject, on_delete=models.CASCADE, related_name="consent_texts")
    version = models.PositiveIntegerField(_("version"))
    text_kk = models.TextField(_("consent text (Kazakh)"))
    text_ru = models.TextField(_("consent text (Russian)"), blank=True)
    text_en = models.TextField(_("consent text (English)"), blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["project", "-version"]
        verbose_name = _("research consent text")
        verbose_name_plural = _("research consent texts")
        constraints = [models.UniqueConstraint(fields=["project", "version"], name="one_consent_text_per_version")]

    def __str__(self):
        return f"{self.project} v{self.version}"

    @property
    def text(self):
        return pick(self, "text")


class ResearchConsentQuerySet(models.QuerySet):
    def current_for(self, project):
        """Each person's latest decision for ``project`` (one row per person)."""
        latest = (
            ResearchConsent.objects.filter(project=project, user=OuterRef("user"))
            .order_by("-recorded_at", "-pk")
            .values("pk")[:1]
        )
        return self.filter(project=project, pk=Subquery(latest))


class ResearchConsent(models.Model):
    """One decision by one person about one project. Never edited: a withdrawal is a new row."""

    project = models.ForeignKey(ResearchProject, on_delete=models.CASCADE, related_name="consents")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="research_consents")
    text_version = models.PositiveIntegerField(_("consent version"))
    granted = models.BooleanField(_("agreed"))
    language = models.CharField(_("language"), max_length=2, blank=True)
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    objects = ResearchConsentQuerySet.as_manager()

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        verbose_name = _("research consent")
        verbose_name_plural = _("research consents")
        indexes = [models.Index(fields=["project", "user", "-recorded_at"], name="research_consent_latest")]

    def __str__(self):
        return f"{self.user_id} {self.project_id} v{self.text_version} {self.granted}"
