"""Forms of the review desk: the claim page applies the review rules before it saves."""

from django import forms
from django.utils.translation import gettext_lazy as _

from claims.models import Claim
from claims.services import transition_problem


class ClaimReviewForm(forms.ModelForm):
    class Meta:
        model = Claim
        fields = ["status", "notes", "assignee"]

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        if status and self.instance.pk:
            problem = transition_problem(
                claim=self.instance, to_status=status, notes=cleaned.get("notes") or ""
            )
            if problem:
                self.add_error("status", problem)
        return cleaned


class DismissForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text=_("Why these statements are not checkable claims."),
    )
