"""The webinar listing and the webinar page (a live session or consultation hours).

Start and end are stored in UTC and shown in the site time zone (Asia/Almaty). The language
versions of one webinar share its translation_key ("webinar key"): registrations, questions and
attendance key on it, so a seat taken on the Kazakh page is taken on the Russian page too.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from cms.blocks import BaseStreamBlock, LinkBlock


class Language(models.TextChoices):
    """The language a session is held in (not the language of the page describing it)."""

    KAZAKH = "kk", _("Kazakh")
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")


class WebinarPageQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Sessions that have not ended yet, soonest first."""
        return self.filter(end_at__gt=now or timezone.now()).order_by("start_at", "pk")

    def past(self, now=None):
        """Sessions that have ended, most recent first."""
        return self.filter(end_at__lte=now or timezone.now()).order_by("-start_at", "-pk")

    def for_listing(self):
        return self.select_related("topic", "locale").prefetch_related("speaker_links__speaker")


WebinarPageManager = PageManager.from_queryset(WebinarPageQuerySet)


class WebinarIndexPage(Page):
    """Upcoming and past webinars in this page's language, filtered by topic, language and speaker."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["webinars.WebinarPage"]
    page_size = 10

    class Meta:
        verbose_name = _("webinar listing")

    def webinars(self, filters, now=None):
        """Live webinars below this page in its language, matching the cleaned ``filters`` dict."""
        webinars = WebinarPage.objects.live().descendant_of(self).filter(locale_id=self.locale_id).for_listing()
        webinars = webinars.past(now) if filters.get("when") == "past" else webinars.upcoming(now)
        if filters.get("topic"):
            webinars = webinars.filter(topic__slug=filters["topic"])
        if filters.get("language") in Language.values:
            webinars = webinars.filter(language=filters["language"])
        if filters.get("speaker", "").isdigit():
            webinars = webinars.filter(speaker_links__speaker_id=int(filters["speaker"])).distinct()
        return webinars

    def get_context(self, request, *args, **kwargs):
        from courses.models import Topic

        from .speakers import Speaker

        context = super().get_context(request, *args, **kwargs)
        filters = {key: request.GET.get(key, "").strip()[:50] for key in ("when", "topic", "language", "speaker")}
        if filters["when"] != "past":
            filters["when"] = ""
        context["filters"] = filters
        context["page_obj"] = Paginator(self.webinars(filters), self.page_size).get_page(request.GET.get("page"))
        context["topics"] = Topic.objects.all()
        context["languages"] = Language.choices
        context["speakers"] = Speaker.objects.filter(locale_id=self.locale_id)
        context["query_string"] = "&".join(f"{k}={v}" for k, v in filters.items() if v)
        return context


class WebinarPage(Page):
    class Kind(models.TextChoices):
        WEBINAR = "webinar", _("Webinar")
        CONSULTATION = "consultation", _("Consultation hours")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.WEBINAR)
    summary = models.TextField(_("summary"), max_length=500)
    description = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("description"))
    topic = models.ForeignKey(
        "courses.Topic", verbose_name=_("topic"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    start_at = models.DateTimeField(_("starts at"), help_text=_("In Almaty time."))
    end_at = models.DateTimeField(_("ends at"), help_text=_("In Almaty time."))
    language = models.CharField(_("spoken language"), max_length=2, choices=Language.choices, default=Language.KAZAKH)
    capacity = models.PositiveIntegerField(
        _("capacity"), default=100, help_text=_("Seats for a webinar. Consultation slots take one person each.")
    )
    waitlist_enabled = models.BooleanField(_("waiting list when full"), default=True)
    slot_minutes = models.PositiveSmallIntegerField(
        _("slot length (minutes)"), default=20, help_text=_("Consultation hours only.")
    )
    room_url = models.URLField(
        _("live room link"),
        max_length=500,
        blank=True,
        help_text=_("BigBlueButton, Jitsi, Zoom or any URL. Shown to registrants only, shortly before the start."),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("related course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    materials = StreamField(
        [("document", DocumentChooserBlock(label=_("Document"))), ("link", LinkBlock())],
        blank=True,
        verbose_name=_("materials"),
    )
    ics_sequence = models.PositiveIntegerField(default=0, editable=False)

    objects = WebinarPageManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_at"), FieldPanel("end_at")]),
                FieldPanel("language"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("waitlist_enabled"), FieldPanel("slot_minutes")]),
                FieldPanel("room_url"),
            ],
            heading=_("Session"),
        ),
        InlinePanel("speaker_links", label=_("Speakers"), min_num=1),
        FieldPanel("topic"),
        FieldPanel("course"),
        FieldPanel("description"),
        FieldPanel("materials"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("locale_id"),
    ]
    parent_page_types = ["webinars.WebinarIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("webinar")

    def clean(self):
        super().clean()
        if self.start_at and self.end_at and self.end_at <= self.start_at:
            raise ValidationError({"end_at": _("The end must be after the start.")})
        if self.kind == self.Kind.CONSULTATION and self.start_at and self.end_at:
            if not self.slot_minutes or timedelta(minutes=self.slot_minutes) > self.end_at - self.start_at:
                raise ValidationError({"slot_minutes": _("At least one slot must fit between the start and the end.")})

    def save(self, *args, **kwargs):
        """Raise the calendar SEQUENCE when the time changes, so calendar programs update the event."""
        update_fields = kwargs.get("update_fields")
        if self.pk and (update_fields is None or {"start_at", "end_at"} & set(update_fields)):
            stored = WebinarPage.objects.filter(pk=self.pk).values("start_at", "end_at", "ics_sequence").first()
            if stored is not None:
                self.ics_sequence = max(self.ics_sequence, stored["ics_sequence"])
                if (stored["start_at"], stored["end_at"]) != (self.start_at, self.end_at):
                    self.ics_sequence += 1
                    self._schedule_changed = True  # read by the page_published receiver (signals.py)
                    if update_fields is not None:
                        kwargs["update_fields"] = {*update_fields, "ics_sequence"}
        return super().save(*args, **kwargs)

    # -- state -------------------------------------------------------------------------------

    @property
    def webinar_key(self):
        return self.translation_key

    @property
    def is_consultation(self):
        return self.kind == self.Kind.CONSULTATION

    def has_started(self, now=None):
        return (now or timezone.now()) >= self.start_at

    def has_ended(self, now=None):
        return (now or timezone.now()) >= self.end_at

    def is_open_for_registration(self, now=None):
        """Registration, booking and cancelling close when the session starts."""
        return not self.has_started(now)

    @staticmethod
    def room_lead_time():
        return timedelta(minutes=getattr(settings, "SAUAT_WEBINAR_ROOM_OPENS_MINUTES", 15))

    def room_opens_at(self, starts_at=None):
        return (starts_at or self.start_at) - self.room_lead_time()

    def slots(self):
        """Consultation slots as (start, end) pairs; a webinar has none."""
        if not self.is_consultation or not self.slot_minutes:
            return []
        length = timedelta(minutes=self.slot_minutes)
        slots, start = [], self.start_at
        while start + length <= self.end_at:
            slots.append((start, start + length))
            start += length
        return slots

    def speakers(self):
        """Speakers in order, each in this page's language when a translation exists.

        Uses prefetched links; queries only when a speaker is not yet in this page's language.
        """
        from .speakers import Speaker

        speakers = [link.speaker for link in self.speaker_links.all()]
        foreign = [s.translation_key for s in speakers if s.locale_id != self.locale_id]
        if not foreign:
            return speakers
        localized = {
            s.translation_key: s for s in Speaker.objects.filter(translation_key__in=foreign, locale_id=self.locale_id)
        }
        return [localized.get(s.translation_key, s) for s in speakers]

    def get_context(self, request, *args, **kwargs):
        from webinars import presentation

        context = super().get_context(request, *args, **kwargs)
        context.update(presentation.webinar_page_context(request, self))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            # Shows this person's registration and maybe the room link: never store it in a shared cache.
            from django.utils.cache import add_never_cache_headers

            add_never_cache_headers(response)
        return response


class WebinarPageSpeaker(Orderable):
    page = ParentalKey(WebinarPage, on_delete=models.CASCADE, related_name="speaker_links")
    speaker = models.ForeignKey(
        "webinars.Speaker", verbose_name=_("speaker"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("speaker")]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
