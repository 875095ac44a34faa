"""Forms: enrolment upload, join code, the citizen's clinic intake and the clinic staff's case actions."""

import uuid
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import Topic

from .models import ClinicMembership, Intake


class EnrolmentUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV or XLSX file"),
        help_text=_("Columns: email, name, student_id and optionally group. The first row names the columns."),
    )


class JoinCodeForm(forms.Form):
    code = forms.CharField(label=_("Join code"), max_length=20)


class IntakeForm(forms.Form):
    topic = forms.ModelChoiceField(label=_("Topic"), queryset=Topic.objects.none(), required=False)
    description = forms.CharField(
        label=_("Describe your situation"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What happened, when, and what you would like to achieve. Do not include ID numbers."),
    )
    name = forms.CharField(label=_("Your name"), max_length=150)
    contact_preference = forms.ChoiceField(
        label=_("How should the clinic contact you?"),
        choices=Intake.Contact.choices,
        widget=forms.RadioSelect,
        initial=Intake.Contact.EMAIL,
    )
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.RegexField(
        label=_("Phone"),
        required=False,
        max_length=50,
        regex=r"^\+?[0-9 ()-]{6,30}$",
        error_messages={"invalid": _("Enter a phone number with digits, for example +7 701 123 45 67.")},
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the legal clinic stores my name, contacts and question to answer me, that a supervised "
            "law student works on it, and that my personal details are deleted some months after the case is closed."
        ),
    )
    submission_key = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def __init__(self, *args, clinic=None, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("submission_key", uuid.uuid4().hex)
        super().__init__(*args, **kwargs)
        topics = clinic.specialisations.all() if clinic is not None else Topic.objects.none()
        self.fields["topic"].queryset = topics if topics.exists() else Topic.objects.all()

    def clean(self):
        data = super().clean()
        preference = data.get("contact_preference")
        if preference == Intake.Contact.EMAIL and not data.get("email") and "email" not in self.errors:
            self.add_error("email", _("Enter your e-mail address so the clinic can answer you."))
        if preference == Intake.Contact.PHONE and not data.get("phone") and "phone" not in self.errors:
            self.add_error("phone", _("Enter your phone number so the clinic can call you."))
        return data

    def intake_fields(self):
        data = self.cleaned_data
        return {key: data[key] for key in ("topic", "description", "name", "contact_preference", "email", "phone")}


class AssignForm(forms.Form):
    consultant = forms.ModelChoiceField(label=_("Student consultant"), queryset=None)

    def __init__(self, *args, clinic, **kwargs):
        super().__init__(*args, **kwargs)
        from accounts.models import User

        self.fields["consultant"].queryset = User.objects.filter(
            clinic_roles__clinic=clinic, clinic_roles__role=ClinicMembership.Role.CONSULTANT
        ).order_by("display_name", "email")


class AnswerForm(forms.Form):
    answer_summary = forms.CharField(
        label=_("What was advised"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4})
    )
    hours = forms.DecimalField(
        label=_("Hours spent"), min_value=Decimal("0.25"), max_value=Decimal("100"), decimal_places=2
    )
