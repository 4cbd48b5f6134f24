"""Wagtail admin views for corruption complaint cases (O28).

Why: cases are not a snippet or a ModelViewSet on purpose. Generic admin views
decide access by Django permissions, which superusers always pass; here access is
membership of the site's officer group, and every look at a case is written to the
audit log. People outside the group see counts only.
"""

from django import forms
from django.db import transaction
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from ita_pages.channels.confidential import no_store

from . import access, services
from .models import CaseAccessLog, CaseAttachment, CaseOutcome, CaseStatus, ComplaintSettings, CorruptionCase


class CaseUpdateForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("Status"), choices=CaseStatus.choices)
    outcome = forms.ChoiceField(label=gettext_lazy("Outcome"), choices=CaseOutcome.choices, required=False)
    outcome_note = forms.CharField(
        label=gettext_lazy("Note on the outcome, shown to the complainant"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == CaseStatus.COMPLETED and not cleaned.get("outcome"):
            self.add_error("outcome", _("Choose the outcome before completing the case."))
        return cleaned


class OfficerMessageForm(forms.Form):
    body = forms.CharField(
        label=gettext_lazy("Message to the complainant"), max_length=3000, widget=forms.Textarea(attrs={"rows": 3})
    )


def status_counts(queryset=None):
    """Counts per status: the only thing people outside the officer group see."""
    queryset = queryset if queryset is not None else CorruptionCase.objects.all()
    counts = dict(queryset.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    return [(label, counts.get(value, 0)) for value, label in CaseStatus.choices]


def case_index(request):
    cases = access.cases_for(request.user)
    if not access.officer_site_ids(request.user):
        return TemplateResponse(
            request,
            "complaints/admin/case_counts.html",
            {"page_title": _("Corruption complaints"), "header_icon": "warning", "counts": status_counts()},
        )
    status = request.GET.get("status", "")
    if status in CaseStatus.values:
        cases = cases.filter(status=status)
    response = TemplateResponse(
        request,
        "complaints/admin/case_index.html",
        {
            "page_title": _("Corruption complaints"),
            "header_icon": "warning",
            "cases": cases.select_related("site")[:500],
            "statuses": CaseStatus.choices,
            "current_status": status,
            "counts": status_counts(access.cases_for(request.user)),
        },
    )
    return no_store(response)


def _officer_case(request, pk):
    case = get_object_or_404(CorruptionCase.objects.select_related("site"), pk=pk)
    if not access.is_officer(request.user, case.site):
        # Same answer as a missing case: outsiders learn nothing about case numbers.
        raise Http404
    return case


def case_detail(request, pk):
    case = _officer_case(request, pk)
    update_form = CaseUpdateForm(
        initial={"status": case.status, "outcome": case.outcome, "outcome_note": case.outcome_note}
    )
    message_form = OfficerMessageForm()
    if request.method == "POST":
        if "body" in request.POST:
            message_form = OfficerMessageForm(request.POST)
            if message_form.is_valid():
                services.add_officer_message(case, request.user, message_form.cleaned_data["body"])
                CaseAccessLog.record(case, request.user, CaseAccessLog.Action.MESSAGE)
                messages.success(request, _("Message sent."))
                return redirect("complaints_case_detail", pk=case.pk)
        else:
            update_form = CaseUpdateForm(request.POST)
            if update_form.is_valid():
                with transaction.atomic():
                    case.set_status(update_form.cleaned_data["status"])
                    if case.status == CaseStatus.COMPLETED:
                        case.outcome = update_form.cleaned_data["outcome"]
                    case.outcome_note = update_form.cleaned_data["outcome_note"]
                    case.extend_retention(ComplaintSettings.for_site(case.site).retention_days)
                    case.save()
                    CaseAccessLog.record(case, request.user, CaseAccessLog.Action.UPDATE)
                messages.success(request, _("Case updated."))
                return redirect("complaints_case_detail", pk=case.pk)
    CaseAccessLog.record(case, request.user, CaseAccessLog.Action.VIEW)
    response = TemplateResponse(
        request,
        "complaints/admin/case_detail.html",
        {
            "page_title": _("Corruption complaint #%(number)s") % {"number": case.pk},
            "header_icon": "warning",
            "case": case,
            "case_messages": case.messages.all(),
            "attachments": case.attachments.defer("data"),
            "access_log": CaseAccessLog.objects.filter(case_number=case.pk).select_related("user")[:100],
            "update_form": update_form,
            "message_form": message_form,
        },
    )
    return no_store(response)


def attachment_download(request, pk, attachment_pk):
    case = _officer_case(request, pk)
    attachment = get_object_or_404(CaseAttachment, pk=attachment_pk, case=case)
    CaseAccessLog.record(case, request.user, CaseAccessLog.Action.DOWNLOAD)
    response = HttpResponse(attachment.data, content_type=attachment.content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="case-{case.pk}-{attachment.pk}.{attachment.name.rsplit(".", 1)[-1]}"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return no_store(response)


def access_history(request):
    """Recent changes of who may read cases, for the officers and superusers only."""
    from django.core.exceptions import PermissionDenied

    from .models import OfficerAccessChange

    if not (request.user.is_superuser or access.officer_site_ids(request.user)):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "complaints/admin/access_history.html",
        {
            "page_title": _("Who may read cases: history"),
            "header_icon": "history",
            "changes": OfficerAccessChange.objects.select_related("site")[:200],
        },
    )


class OfficerAccessNotice:
    """Homepage panel: the officers see at once when who may read cases changed."""

    name = "officer_access_notice"
    order = 90

    @property
    def media(self):
        return forms.Media()

    def render_html(self, parent_context=None):
        from django.template.loader import render_to_string

        from .models import OfficerAccessChange

        return render_to_string(
            "complaints/admin/access_notice.html", {"changes": OfficerAccessChange.objects.all()[:5]}
        )
