"""Staff forms in the admin: revoke, correct the name (re-issue), issue by hand or in bulk."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User

from .models import CompletionRule


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000, strip=True, required=True
    )


class ReissueForm(forms.Form):
    holder_name = forms.CharField(label=_("Name as it should be printed"), max_length=150, strip=True)
    reason = forms.CharField(label=_("Reason"), max_length=500, required=False, strip=True)


class IssueForm(forms.Form):
    class Mode:
        ELIGIBLE = "eligible"
        COMPLETED = "completed"
        ONE = "one"

    rule = forms.ModelChoiceField(
        label=_("Course"), queryset=CompletionRule.objects.select_related("course").order_by("pk")
    )
    mode = forms.ChoiceField(
        label=_("Who"),
        choices=[
            (Mode.ELIGIBLE, _("Every enrolled learner who meets the completion rule")),
            (Mode.COMPLETED, _("Every learner who completed the course (the whole cohort)")),
            (Mode.ONE, _("One learner (by e-mail)")),
        ],
        widget=forms.RadioSelect,
        initial=Mode.ELIGIBLE,
    )
    email = forms.EmailField(label=_("Learner's e-mail"), required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("mode") == self.Mode.ONE:
            user = User.objects.filter(email__iexact=cleaned.get("email") or "").first()
            if user is None:
                self.add_error("email", _("No account has this e-mail address."))
            cleaned["user"] = user
        return cleaned
