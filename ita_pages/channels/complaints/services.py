"""Filing and following complaints: the one code path behind web forms and the API.

Why: every submission must be all-or-nothing (a case without its attachments, or a
receipt for a case that was never saved, would mislead the complainant), and the
web and JSON paths must apply the same rules.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from .models import (
    CaseAttachment,
    CaseMessage,
    ComplaintSettings,
    CorruptionCase,
    GeneralComplaint,
)


def site_of(page, request=None):
    """The Site a channel page belongs to (translations outside a site root fall back)."""
    from wagtail.models import Site

    site = page.get_site()
    if site is None and request is not None:
        site = Site.find_for_request(request)
    return site or Site.objects.filter(is_default_site=True).first()


def _retention_days(site) -> int:
    return ComplaintSettings.for_site(site).retention_days


def file_corruption_complaint(*, site, page, data: dict, files=()) -> tuple[CorruptionCase, str]:
    """Save a case with its attachments; return it and its receipt code (shown once)."""
    case = CorruptionCase(
        site=site,
        page=page,
        subject=data["subject"],
        description=data["description"],
        accused=data.get("accused", ""),
        incident_when=data.get("incident_when", ""),
        incident_where=data.get("incident_where", ""),
        complainant_name=data.get("complainant_name", ""),
        complainant_contact=data.get("complainant_contact", ""),
        received_on=timezone.localdate(),
    )
    case.extend_retention(_retention_days(site))
    code = case.issue_receipt()
    with transaction.atomic():
        case.save()
        for checked in files:
            CaseAttachment.objects.create(
                case=case,
                content_type=checked.content_type,
                size=len(checked.data),
                name=checked.display_name,
                data=checked.data,
            )
    return case, code


def file_general_complaint(*, site, page, data: dict) -> tuple[GeneralComplaint, str]:
    complaint = GeneralComplaint(
        site=site,
        page=page,
        name=data["name"],
        email=data.get("email", ""),
        phone=data.get("phone", ""),
        subject=data["subject"],
        body=data["body"],
    )
    code = complaint.issue_receipt()
    with transaction.atomic():
        complaint.save()
    return complaint, code


@dataclass
class CaseView:
    """What a receipt holder may see: status, dates and the message thread, no more."""

    status: str
    status_label: str
    received_on: object
    started_on: object
    completed_on: object
    outcome_label: str
    outcome_note: str
    messages: list = field(default_factory=list)


def complainant_view(case: CorruptionCase) -> CaseView:
    return CaseView(
        status=case.status,
        status_label=str(case.get_status_display()),
        received_on=case.received_on,
        started_on=case.started_on,
        completed_on=case.completed_on,
        outcome_label=str(case.get_outcome_display()) if case.outcome else "",
        outcome_note=case.outcome_note,
        messages=[
            {"from_officer": m.author == CaseMessage.Author.OFFICER, "body": m.body, "sent_on": m.sent_on}
            for m in case.messages.all()
        ],
    )


def add_complainant_message(case: CorruptionCase, body: str) -> CaseMessage:
    with transaction.atomic():
        message = CaseMessage.objects.create(case=case, author=CaseMessage.Author.COMPLAINANT, body=body)
        case.extend_retention(_retention_days(case.site))
        CorruptionCase.objects.filter(pk=case.pk).update(retain_until=case.retain_until)
    return message


def add_officer_message(case: CorruptionCase, officer, body: str) -> CaseMessage:
    with transaction.atomic():
        message = CaseMessage.objects.create(case=case, author=CaseMessage.Author.OFFICER, officer=officer, body=body)
        case.extend_retention(_retention_days(case.site))
        CorruptionCase.objects.filter(pk=case.pk).update(retain_until=case.retain_until)
    return message
