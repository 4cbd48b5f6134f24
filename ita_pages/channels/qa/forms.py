"""The public question form (O8), shared by the page and the JSON API."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ita_pages.channels.forms import HoneypotMixin


class QuestionForm(HoneypotMixin):
    display_name = forms.CharField(
        label=_("Name to show"), max_length=80, help_text=_("Shown with your question; a nickname is fine.")
    )
    question = forms.CharField(label=_("Your question"), max_length=2000, widget=forms.Textarea(attrs={"rows": 5}))
    email = forms.EmailField(
        label=_("E-mail for a notice when answered (optional)"),
        required=False,
        max_length=254,
        help_text=_("Used once to tell you the answer, then deleted. Never shown."),
    )
