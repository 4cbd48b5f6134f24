"""Form pieces every citizen channel uses: our error wording, the honeypot, the receipt code.

Why shared: a citizen meets the same messages, the same bot trap and the same
code field on the Q&A page and on both complaint pages.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .protection import HONEYPOT_FIELD
from .text import UnsafeText, clean_text


class CitizenForm(forms.Form):
    """Our own wording for the common errors: Django's Thai catalogue lacks some of them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.error_messages["required"] = _("Please fill in this field.")
            field.error_messages["max_length"] = _(
                "This is too long: at most %(limit_value)d characters (now %(show_value)d)."
            )
            if isinstance(field, forms.EmailField):
                field.error_messages["invalid"] = _("Enter a valid e-mail address.")

    @classmethod
    def refused(cls, message):
        """An empty form showing only `message`: for a refusal decided before the body is read."""
        form = cls()
        form.full_clean()
        form.cleaned_data = {}
        form.add_error(None, message)
        return form

    def clean(self):
        """Every text in NFC, refused when it hides characters (``channels.text``)."""
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            if not isinstance(value, str) or name == HONEYPOT_FIELD:
                continue
            field = self.fields[name]
            multiline = isinstance(field.widget, forms.Textarea)
            try:
                cleaned[name] = clean_text(value, field.label or name, multiline=multiline)
            except UnsafeText as exc:
                self.add_error(name, exc.message)
        return cleaned


class HoneypotMixin(CitizenForm):
    """A field people never see (hidden by CSS, skipped by keyboard); bots fill it."""

    website = forms.CharField(
        required=False,
        max_length=200,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self) -> bool:
        return bool((self.data.get(HONEYPOT_FIELD) or "").strip())


class ReceiptForm(CitizenForm):
    code = forms.CharField(
        label=_("Receipt code"),
        max_length=64,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}),
    )
