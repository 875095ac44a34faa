"""The upload form of the question import."""

from django import forms
from django.conf import settings
from django.core.validators import validate_slug
from django.utils.translation import gettext_lazy as _

from courses.models import Skill

from . import MAX_FILE_SIZE, detect_format


def _language_choices():
    return settings.LANGUAGES


class ImportQuestionsForm(forms.Form):
    AUTO = "auto"

    file = forms.FileField(
        label=_("File"),
        help_text=_("A Moodle XML (.xml) or GIFT (.gift, .txt) file saved as UTF-8, at most 5 MB."),
    )
    file_format = forms.ChoiceField(
        label=_("Format"),
        choices=[(AUTO, _("Recognise from the file name")), ("moodle_xml", _("Moodle XML")), ("gift", _("GIFT"))],
        initial=AUTO,
    )
    language = forms.ChoiceField(
        label=_("Language of the questions"),
        choices=_language_choices,
        help_text=_(
            "Questions in Russian or English are also copied into the Kazakh fields and saved as drafts "
            "until an editor translates them."
        ),
    )
    skills = forms.ModelMultipleChoiceField(
        label=_("Skills"),
        queryset=Skill.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Given to every imported question. Tags in the file that equal a skill code add that skill too."),
    )
    key_prefix = forms.CharField(
        label=_("Key prefix"),
        max_length=30,
        required=False,
        validators=[validate_slug],
        help_text=_("Put before every key, e.g. “cr-”. The rest of the key is made from the question name."),
    )
    dry_run = forms.BooleanField(
        label=_("Preview only"),
        required=False,
        help_text=_("Check the file and show the report without importing anything."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = settings.LANGUAGE_CODE

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_SIZE:
            raise forms.ValidationError(
                _("The file is larger than %(limit)s MB. Split it into smaller files.")
                % {"limit": MAX_FILE_SIZE // (1024 * 1024)}
            )
        return upload

    def clean(self):
        cleaned_data = super().clean()
        upload = cleaned_data.get("file")
        if upload and cleaned_data.get("file_format") == self.AUTO:
            head = upload.read(64)
            upload.seek(0)
            file_format = detect_format(upload.name, head)
            if file_format is None:
                self.add_error(
                    "file_format",
                    _("The file name does not end in .xml, .gift or .txt. Choose the format of the file."),
                )
            else:
                cleaned_data["file_format"] = file_format
        return cleaned_data
