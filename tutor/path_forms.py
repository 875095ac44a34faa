"""Forms of the learning-path pages: personalisation settings."""

from django import forms

from .models import TutorProfile


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = TutorProfile
        fields = ["personalised", "detail", "review_reminders", "interests"]
        widgets = {"interests": forms.CheckboxSelectMultiple, "detail": forms.RadioSelect}
