"""Forms of the review desk: the claim page applies the review rules before it saves."""

from django import forms
from django.utils.translation import gettext_lazy as _

from claims.models import Claim, Document
from claims.services import transition_problem
from claims.services.articles import max_document_bytes
from claims.services.review import stale_edit


class ClaimReviewForm(forms.ModelForm):
    """Status, notes and assignee, with the version the reviewer opened: a save over a
    newer version is refused (no lost updates)."""

    class Meta:
        model = Claim
        fields = ["status", "notes", "assignee", "version"]
        widgets = {"version": forms.HiddenInput}

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            # The admin saves inside one transaction: locking the row here means nobody
            # can save it between this check and our save (SQLite: the database is held
            # from BEGIN IMMEDIATE).
            current = Claim.objects.select_for_update().get(pk=self.instance.pk)
            if cleaned.get("version") != current.version:
                raise stale_edit(current)
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


class HttpsURLField(forms.URLField):
    """A link pasted without a scheme is a web address (Django 6's default, chosen now)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("assume_scheme", "https")  # the admin may already pass it
        super().__init__(**kwargs)


class DocumentPasteForm(forms.ModelForm):
    """A new article pasted by an editor; its text is canonicalised and its claims
    extracted when it is saved."""

    class Meta:
        model = Document
        fields = ["title", "publisher", "url", "published_at", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 24, "cols": 100})}
        field_classes = {"url": HttpsURLField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["title"].help_text = _("Left empty, the first line of the text is used.")

    def clean_text(self):
        text = self.cleaned_data["text"]
        if not text.strip():
            raise forms.ValidationError(_("Paste the article's text."))
        if len(text.encode("utf-8")) > max_document_bytes():
            raise forms.ValidationError(
                _("The text is larger than %(limit)s bytes.") % {"limit": max_document_bytes()}
            )
        return text

    def validate_unique(self):
        """The content hash is set by ingest, which returns an article already stored."""
