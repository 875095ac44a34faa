"""Forms for learners (questions, consultation booking) and staff (attendance import, recordings)."""

from django import forms
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from .captions import CaptionError, parse_captions
from .models import ConsultationIntake, Language, WebinarPage


class QuestionForm(forms.Form):
    text = forms.CharField(label=_("Your question"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3}))


class BookingForm(forms.Form):
    """Consultation booking with a short structured intake; consent is required."""

    slot = forms.ChoiceField(label=_("Time"))
    topic = forms.ChoiceField(label=_("Topic"), choices=ConsultationIntake.Topic.choices)
    question = forms.CharField(
        label=_("Your question in a few sentences"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Do not write ID numbers or other documents' details here."),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the specialist and the organisers of these consultation hours read what I wrote here "
            "to prepare for the consultation (Law of the Republic of Kazakhstan No. 94-V on personal data)."
        ),
        required=True,
    )

    def __init__(self, *args, free_slots=(), **kwargs):
        super().__init__(*args, **kwargs)
        from django.utils import formats, timezone

        self.fields["slot"].choices = [
            (
                start.isoformat(),
                formats.date_format(timezone.localtime(start), "j E, H:i")
                + "–"
                + formats.time_format(timezone.localtime(end), "H:i"),
            )
            for start, end in free_slots
        ]

    def clean_slot(self):
        value = parse_datetime(self.cleaned_data["slot"])
        if value is None:
            raise forms.ValidationError(_("Choose a time slot."))
        return value


class AttendanceImportForm(forms.Form):
    webinar = forms.ModelChoiceField(
        label=_("Webinar"),
        queryset=WebinarPage.objects.none(),
        help_text=_("Any language version; attendance counts for all of them."),
    )
    file = forms.FileField(label=_("Attendance report (CSV)"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["webinar"].queryset = WebinarPage.objects.select_related("locale").order_by("-start_at", "pk")
        self.fields["webinar"].label_from_instance = lambda page: (
            f"{page.title} ({page.locale.language_code}, {page.start_at:%Y-%m-%d})"
        )


class RecordingForm(WagtailAdminModelForm):
    """The recording with one caption upload per language (WebVTT or SRT), each checked on upload."""

    captions_kk = forms.FileField(label=_("Captions in Kazakh (WebVTT or SRT)"), required=False)
    captions_ru = forms.FileField(label=_("Captions in Russian (WebVTT or SRT)"), required=False)
    captions_en = forms.FileField(label=_("Captions in English (WebVTT or SRT)"), required=False)

    def _clean_captions(self, language):
        upload = self.cleaned_data.get(f"captions_{language}")
        if not upload:
            return None
        try:
            cues, source_format = parse_captions(upload.read(), upload.name)
        except CaptionError as error:
            raise forms.ValidationError(
                _("This caption file is not valid. %(error)s") % {"error": str(error)}, code="invalid_captions"
            ) from error
        self.parsed_captions[language] = (cues, source_format)
        return upload

    def clean(self):
        cleaned = super().clean()
        self.parsed_captions = {}
        for language in Language.values:
            try:
                self._clean_captions(language)
            except forms.ValidationError as error:
                self.add_error(f"captions_{language}", error)
        return cleaned

    def save(self, commit=True):
        from . import actions

        recording = super().save(commit=commit)
        if commit:
            for language, (cues, source_format) in self.parsed_captions.items():
                actions.replace_captions(recording, language, cues, source_format)
        return recording
