"""Recordings of past sessions, with chapters and WebVTT captions per language (the searchable transcript)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from cms.i18n import pick

from .pages import Language


class RecordingQuerySet(models.QuerySet):
    def for_webinar(self, webinar):
        return self.filter(webinar__translation_key=webinar.translation_key)


class Recording(ClusterableModel):
    """The recording of one webinar: an uploaded audio/video document or a link to it elsewhere."""

    webinar = models.OneToOneField(
        "webinars.WebinarPage", verbose_name=_("webinar"), on_delete=models.CASCADE, related_name="recording"
    )
    media = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("audio or video file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_url = models.URLField(_("or a link to the recording"), max_length=500, blank=True)
    duration_seconds = models.PositiveIntegerField(_("length in seconds"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = RecordingQuerySet.as_manager()

    panels = [
        FieldPanel("webinar"),
        MultiFieldPanel([FieldPanel("media"), FieldPanel("external_url"), FieldPanel("duration_seconds")]),
        InlinePanel("chapters", label=_("Chapters")),
    ]

    class Meta:
        verbose_name = _("recording")
        verbose_name_plural = _("recordings")

    def __str__(self):
        return str(self.webinar)

    def clean(self):
        super().clean()
        if not self.media_id and not self.external_url:
            raise ValidationError(_("Upload a file or give a link to the recording."))

    @property
    def media_url(self):
        return self.media.url if self.media_id else self.external_url

    @property
    def is_video(self):
        url = self.media_url.lower()
        return url.endswith((".mp4", ".webm")) or not self.media_id

    def caption_for(self, language):
        """The caption track in ``language``, else any (Kazakh first)."""
        tracks = {c.language: c for c in self.captions.all()}
        for code in [language, *Language.values]:
            if code in tracks:
                return tracks[code]
        return None


class RecordingChapter(Orderable):
    recording = ParentalKey(Recording, on_delete=models.CASCADE, related_name="chapters")
    start_seconds = models.PositiveIntegerField(_("starts at (seconds)"))
    title_kk = models.CharField(_("title (Kazakh)"), max_length=200)
    title_ru = models.CharField(_("title (Russian)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)

    panels = [FieldPanel("start_seconds"), FieldPanel("title_kk"), FieldPanel("title_ru"), FieldPanel("title_en")]

    class Meta(Orderable.Meta):
        verbose_name = _("chapter")
        verbose_name_plural = _("chapters")

    def __str__(self):
        return self.title

    @property
    def title(self):
        return pick(self, "title")


class Caption(models.Model):
    """One caption track, stored as normalised WebVTT (an uploaded SRT file is converted)."""

    recording = models.ForeignKey(Recording, on_delete=models.CASCADE, related_name="captions")
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    vtt = models.TextField(_("WebVTT"))
    source_format = models.CharField(max_length=4, default="vtt")
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["recording", "language"], name="one_caption_per_language")]
        ordering = ["language"]
        verbose_name = _("captions")
        verbose_name_plural = _("captions")

    def __str__(self):
        return f"{self.recording} [{self.language}]"


class CaptionCue(models.Model):
    """One cue of a caption track: a line of the transcript and what site search looks in."""

    caption = models.ForeignKey(Caption, on_delete=models.CASCADE, related_name="cues")
    position = models.PositiveIntegerField()
    start_ms = models.PositiveIntegerField()
    end_ms = models.PositiveIntegerField()
    text = models.TextField()
    text_folded = models.TextField(help_text="casefold() of text: case-insensitive search for every alphabet")

    class Meta:
        ordering = ["caption", "position"]

    def __str__(self):
        return self.text[:60]

    @property
    def start_seconds(self):
        return self.start_ms // 1000

    @property
    def timestamp(self):
        seconds = self.start_seconds
        hours, rest = divmod(seconds, 3600)
        minutes, secs = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
