"""Citizen-facing forms of the complaint channels.

Why: length limits, a honeypot and content-checked attachments are enforced in one
place for the web forms; the JSON API reuses the same forms so that both paths
accept exactly the same input.
"""

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from ita_pages.channels import limits
from ita_pages.channels.forms import CitizenForm, HoneypotMixin

from . import attachments


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several evidence files in one input; each is checked by its content."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        if len(files) > limits.max_files():
            raise forms.ValidationError(attachments.too_many_message())
        checked = []
        for uploaded in files:
            try:
                checked.append(attachments.check_upload(uploaded))
            except attachments.AttachmentRejected as exc:
                raise forms.ValidationError(exc.message) from exc
        return checked


def _attachment_help() -> str:
    return _("PDF, JPEG or PNG, at most %(count)s files of %(mb)s MB each.") % {
        "count": limits.max_files(),
        "mb": limits.max_file_megabytes(),
    }


class CorruptionComplaintForm(HoneypotMixin):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    description = forms.CharField(
        label=_("What happened"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Who did what, when and where, and how you know. Do not write your name here."),
    )
    accused = forms.CharField(label=_("Person or unit complained about"), max_length=300, required=False)
    incident_when = forms.CharField(label=_("When it happened"), max_length=200, required=False)
    incident_where = forms.CharField(label=_("Where it happened"), max_length=300, required=False)
    complainant_name = forms.CharField(
        label=_("Your name (optional)"),
        max_length=120,
        required=False,
        help_text=_("Leave empty to stay anonymous."),
    )
    complainant_contact = forms.CharField(
        label=_("How to contact you (optional)"),
        max_length=200,
        required=False,
        help_text=_("Leave empty to stay anonymous; you can follow the case with your receipt code."),
    )
    attachments = MultipleFileField(
        label=_("Evidence files (optional)"),
        required=False,
        help_text=lazy(_attachment_help, str)(),
    )


class GeneralComplaintForm(HoneypotMixin):
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("E-mail (optional)"), required=False, max_length=254)
    phone = forms.CharField(label=_("Phone (optional)"), max_length=30, required=False)
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(label=_("Details"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6}))


class CaseMessageForm(CitizenForm):
    code = forms.CharField(max_length=64, widget=forms.HiddenInput)
    body = forms.CharField(
        label=_("Message to the officer"), max_length=3000, widget=forms.Textarea(attrs={"rows": 4})
    )
