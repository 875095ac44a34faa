"""Forms: the researcher's project (with members and consent text), the data use agreement, an export
request, the participant's consent decision, and the reviewer's approve / reject forms in the admin."""

import re
import uuid

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts import roles
from accounts.models import User
from quizzes.models import Item

from .models import ExportSpec, ResearchProject
from .specs import administered_item_keys, eligible_instruments

_ADDRESS_SEPARATORS = re.compile(r"[\s,;]+")


class InstrumentChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.get_kind_display()}, {obj.slug})"


class ProjectForm(forms.ModelForm):
    """A draft research project. Members are named by e-mail; the consent text is versioned on save."""

    instruments = InstrumentChoiceField(
        label=_("Instruments"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Identified surveys and tests whose answers the project may export."),
        error_messages={"required": _("Choose at least one instrument.")},
    )
    members = forms.CharField(
        label=_("Other researchers"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("E-mail addresses of Sauat researchers who work on the project, separated by commas or lines."),
    )
    consent_kk = forms.CharField(
        label=_("Consent text (Kazakh)"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What participants agree to. Changing the text later makes a new version."),
    )
    consent_ru = forms.CharField(
        label=_("Consent text (Russian)"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    consent_en = forms.CharField(
        label=_("Consent text (English)"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )

    class Meta:
        model = ResearchProject
        fields = [
            "title",
            "investigator_name",
            "institution",
            "purpose",
            "ethics_reference",
            "ends_on",
            "instruments",
            "requests_free_text",
            "cross_border",
        ]
        widgets = {
            "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "purpose": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, creator, **kwargs):
        super().__init__(*args, **kwargs)
        self.creator = creator
        self.fields["instruments"].queryset = eligible_instruments()
        project = self.instance
        if project.pk:
            self.fields["members"].initial = "\n".join(
                project.members.order_by("email").values_list("email", flat=True)
            )
            text = project.current_consent_text()
            if text is not None:
                for code in ("kk", "ru", "en"):
                    self.fields[f"consent_{code}"].initial = getattr(text, f"text_{code}")

    def clean_ends_on(self):
        ends_on = self.cleaned_data["ends_on"]
        if ends_on <= timezone.localdate():
            raise forms.ValidationError(_("The end date must be in the future."))
        return ends_on

    def clean_members(self):
        addresses = []
        for address in _ADDRESS_SEPARATORS.split(self.cleaned_data["members"]):
            if address and address.lower() not in (a.lower() for a in addresses):
                addresses.append(address)
        researchers = User.objects.filter(is_active=True).filter(
            Q(groups__name=roles.RESEARCHERS) | Q(is_superuser=True)
        )
        found, unknown = [], []
        for address in addresses:
            user = researchers.filter(email__iexact=address).first()
            if user is None:
                unknown.append(address)
            elif user.pk != self.creator.pk:
                found.append(user)
        if unknown:
            raise forms.ValidationError(
                _("These e-mail addresses do not belong to Sauat researchers: %(emails)s.")
                % {"emails": ", ".join(unknown)}
            )
        return found

    def consent_texts(self):
        return {f"text_{code}": self.cleaned_data[f"consent_{code}"] for code in ("kk", "ru", "en")}


class SubmitProjectForm(forms.Form):
    accept_dua = forms.BooleanField(
        label=_("I accept the data use agreement"),
        error_messages={"required": _("Accept the data use agreement to submit the project.")},
    )


def new_request_key():
    return uuid.uuid4().hex


class ExportForm(forms.Form):
    """One export request: instruments, optional questions, options, and an optional name to save it as."""

    instruments = InstrumentChoiceField(
        label=_("Instruments"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one instrument.")},
    )
    items = forms.MultipleChoiceField(
        label=_("Questions"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked to export every question."),
    )
    free_text = forms.BooleanField(label=_("Include free-text answers"), required=False)
    excel_csv = forms.BooleanField(
        label=_("Also CSV files for Excel"),
        required=False,
        help_text=_("Copies of the CSV files with a byte order mark, so Excel reads Kazakh letters."),
    )
    save_as = forms.CharField(
        label=_("Save these choices as"),
        required=False,
        max_length=120,
        help_text=_("Optional: a name, so that you can run the same export again after new data arrive."),
    )
    idempotency_key = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def __init__(self, *args, project, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("idempotency_key", new_request_key())
        super().__init__(*args, **kwargs)
        self.project = project
        instruments = project.instruments.order_by("kind", "slug")
        self.fields["instruments"].queryset = instruments
        self.fields["instruments"].initial = [i.pk for i in instruments]
        keys = administered_item_keys(i.pk for i in instruments)
        stems = {item.key: item.stem for item in Item.objects.filter(key__in=keys)}
        self.fields["items"].choices = [(key, f"{key}: {stems.get(key, '')[:100]}") for key in keys]
        if not project.free_text_approved:
            del self.fields["free_text"]

    def clean_save_as(self):
        name = self.cleaned_data["save_as"].strip()
        if name and ExportSpec.objects.filter(project=self.project, name__iexact=name).exists():
            raise forms.ValidationError(_("A saved export with this name exists already; choose another name."))
        return name

    def raw_spec(self):
        data = self.cleaned_data
        return {
            "instruments": sorted(i.pk for i in data["instruments"]),
            "items": sorted(data["items"]),
            "free_text": bool(data.get("free_text", False)),
            "excel_csv": bool(data["excel_csv"]),
        }


class ReviewApproveForm(forms.Form):
    free_text = forms.BooleanField(label=_("Allow free-text answers in exports"), required=False)
    note = forms.CharField(label=_("Note to the researchers"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        if not project.requests_free_text:
            del self.fields["free_text"]


class ReviewRejectForm(forms.Form):
    note = forms.CharField(
        label=_("Why the project is not approved"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Write a note: the researchers read it to revise the project.")},
    )
