from django import forms
from django.utils.translation import gettext_lazy as _

from .consent import CONSENT_TEXTS
from .models import ConsentRecord, User


class SignupForm(forms.Form):
    """Extra fields on allauth's sign-up form; allauth calls signup() after creating the user."""

    display_name = forms.CharField(label=_("Your name"), max_length=150, required=False)
    preferred_language = forms.ChoiceField(label=_("Preferred language"), choices=User.Language.choices)
    accept_terms = forms.BooleanField(
        label=CONSENT_TEXTS[ConsentRecord.Purpose.TERMS]["text"],
        required=True,
        error_messages={"required": _("You need to accept the terms of use to create an account.")},
    )

    def signup(self, request, user):
        from .consent import record_consent

        user.display_name = self.cleaned_data.get("display_name", "")
        user.preferred_language = self.cleaned_data["preferred_language"]
        user.save(update_fields=["display_name", "preferred_language"])
        record_consent(user, ConsentRecord.Purpose.TERMS, granted=True)


class ProfileForm(forms.ModelForm):
    """Name, language, and (only with consent) region, settlement type, age group and gender."""

    demographics_consent = forms.BooleanField(
        label=CONSENT_TEXTS[ConsentRecord.Purpose.DEMOGRAPHICS]["text"], required=False
    )

    class Meta:
        model = User
        fields = ["display_name", "preferred_language", "region", "settlement_type", "age_band", "gender"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("demographics_consent", self.instance.has_consent(ConsentRecord.Purpose.DEMOGRAPHICS))

    def clean(self):
        cleaned = super().clean()
        demographics = ("region", "settlement_type", "age_band", "gender")
        if not cleaned.get("demographics_consent") and any(cleaned.get(name) for name in demographics):
            raise forms.ValidationError(
                _("Tick the consent box if you want Sauat to keep your region and settlement type.")
            )
        return cleaned


class DeleteAccountForm(forms.Form):
    password = forms.CharField(label=_("Your password"), widget=forms.PasswordInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password


class ApiTokenForm(forms.Form):
    name = forms.CharField(label=_("Token name"), max_length=100)
