"""JSON endpoints of the complaint channels (mounted at /api/complaints/).

Why: the same channels must be usable from other front ends (a LINE bot, a mobile
app) with the same protections as the web forms: the forms' validation and length
limits, the honeypot, the rate limits, all-or-nothing saves, no stored network
identifiers for corruption complaints, and the same answer for a wrong receipt
code as for a code of no case. No endpoint here needs or accepts a login, so there
is no cookie authority for CSRF to protect.
"""

import base64
import binascii
import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status

from ita_pages.channels import limits, protection, receipts
from ita_pages.channels.api import ErrorOut, too_many
from ita_pages.channels.confidential import mark_confidential, no_store

from . import attachments, services
from .forms import CaseMessageForm, CorruptionComplaintForm, GeneralComplaintForm
from .models import CorruptionCase, CorruptionComplaintPage, GeneralComplaint, GeneralComplaintPage

router = Router(tags=["complaints"])


class ReceiptOut(Schema):
    receipt_code: str
    received_on: datetime.date


class GeneralComplaintIn(Schema):
    page_id: int
    name: str
    email: str = ""
    phone: str = ""
    subject: str
    body: str
    website: str = ""  # honeypot: must stay empty


class AttachmentIn(Schema):
    filename: str = ""
    content_base64: str


class CorruptionComplaintIn(Schema):
    page_id: int
    subject: str
    description: str
    accused: str = ""
    incident_when: str = ""
    incident_where: str = ""
    complainant_name: str = ""
    complainant_contact: str = ""
    attachments: list[AttachmentIn] = []
    website: str = ""  # honeypot: must stay empty


class ReceiptIn(Schema):
    receipt_code: str


class MessageIn(Schema):
    receipt_code: str
    body: str


class MessageOut(Schema):
    from_officer: bool
    body: str
    sent_on: datetime.date


class CaseStatusOut(Schema):
    """``found`` is false for a wrong code and for a code of no case alike."""

    found: bool
    detail: str = ""
    status: str = ""
    status_label: str = ""
    received_on: datetime.date | None = None
    started_on: datetime.date | None = None
    completed_on: datetime.date | None = None
    outcome_label: str = ""
    outcome_note: str = ""
    messages: list[MessageOut] = []


class GeneralStatusOut(Schema):
    found: bool
    detail: str = ""
    status: str = ""
    status_label: str = ""
    received_on: datetime.date | None = None
    completed_on: datetime.date | None = None
    response: str = ""


def _not_found():
    # 200, not 404: the answer is "no such case" and must not differ for wrong codes;
    # a 404 under /api/ would also be redirected by LocaleMiddleware to /th/api/...
    return Status(200, {"found": False, "detail": _("No case matches this code. Check the code and try again.")})


def _invalid(form):
    errors = {
        field: [str(error["message"]) for error in items] for field, items in form.errors.get_json_data().items()
    }
    return Status(400, {"detail": _("Please correct the errors below."), "errors": errors})


def _page_gone():
    message = _("This channel is not available.")
    return Status(400, {"detail": message, "errors": {"page_id": [message]}})


@router.post(
    "/general",
    response={201: ReceiptOut, 400: ErrorOut, 429: ErrorOut},
    summary="File a general complaint",
)
def file_general(request, payload: GeneralComplaintIn, response: HttpResponse):
    no_store(response)
    if not protection.allow(request, "complaint-file"):
        return too_many()
    page = GeneralComplaintPage.objects.live().filter(pk=payload.page_id).first()
    if page is None:
        return _page_gone()
    form = GeneralComplaintForm(data=payload.dict(exclude={"page_id"}))
    if not form.is_valid():
        return _invalid(form)
    if form.is_bot():
        return Status(
            201, {"receipt_code": receipts.display(receipts.new_code()), "received_on": timezone.localdate()}
        )
    data = {key: value for key, value in form.cleaned_data.items() if key != "website"}
    complaint, code = services.file_general_complaint(site=services.site_of(page, request), page=page, data=data)
    return Status(201, {"receipt_code": receipts.display(code), "received_on": complaint.received_on})


@router.post(
    "/general/check",
    response={200: GeneralStatusOut, 429: ErrorOut},
    summary="Check a general complaint with its receipt code",
)
def check_general(request, payload: ReceiptIn, response: HttpResponse):
    no_store(response)
    if not protection.allow(request, "complaint-follow", limit=20):
        return too_many()
    complaint = GeneralComplaint.find_by_receipt(payload.receipt_code)
    if complaint is None:
        return _not_found()
    return Status(
        200,
        {
            "found": True,
            "status": complaint.status,
            "status_label": str(complaint.get_status_display()),
            "received_on": complaint.received_on,
            "completed_on": complaint.completed_on,
            "response": complaint.response,
        },
    )


def _decode_attachments(items):
    """Base64 attachments through the same content checks as uploads."""
    if len(items) > limits.max_files():
        raise attachments.AttachmentRejected(attachments.too_many_message())
    checked = []
    for item in items:
        # Reject before decoding anything larger than the cap.
        if len(item.content_base64) > limits.base64_length(limits.max_file_bytes()):
            raise attachments.AttachmentRejected(attachments.too_large_message())
        try:
            data = base64.b64decode(item.content_base64, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise attachments.AttachmentRejected(_("Only PDF, JPEG or PNG files are accepted.")) from exc
        checked.append(attachments.check_bytes(data, item.filename))
    return checked


@router.post(
    "/corruption",
    response={201: ReceiptOut, 400: ErrorOut, 429: ErrorOut},
    summary="File a corruption complaint, anonymously unless identity fields are given",
    description=(
        "Stores no IP address, user agent or referrer. The receipt code in the answer is shown only "
        "once; it is stored as a slow hash and cannot be recovered. " + limits.describe()
    ),
)
def file_corruption(request, payload: CorruptionComplaintIn, response: HttpResponse):
    mark_confidential(request)
    no_store(response)
    if not protection.allow(request, "complaint-file"):
        return too_many()
    page = CorruptionComplaintPage.objects.live().filter(pk=payload.page_id).first()
    if page is None:
        return _page_gone()
    form = CorruptionComplaintForm(data=payload.dict(exclude={"page_id", "attachments"}))
    if not form.is_valid():
        return _invalid(form)
    try:
        files = _decode_attachments(payload.attachments)
    except attachments.AttachmentRejected as exc:
        return Status(
            400, {"detail": _("Please correct the errors below."), "errors": {"attachments": [str(exc.message)]}}
        )
    if form.is_bot():
        return Status(
            201, {"receipt_code": receipts.display(receipts.new_code()), "received_on": timezone.localdate()}
        )
    data = {key: value for key, value in form.cleaned_data.items() if key not in ("website", "attachments")}
    case, code = services.file_corruption_complaint(
        site=services.site_of(page, request), page=page, data=data, files=files
    )
    return Status(201, {"receipt_code": receipts.display(code), "received_on": case.received_on})


def _corruption_case(request, response, receipt_code):
    """The case a receipt opens, or the answer to give instead (rate limit, no case)."""
    mark_confidential(request)
    no_store(response)
    if not protection.allow(request, "complaint-follow", limit=20):
        return None, too_many()
    case = CorruptionCase.find_by_receipt(receipt_code)
    if case is None:
        return None, _not_found()
    return case, None


def _case_out(case):
    view = services.complainant_view(case)
    return {
        "found": True,
        "status": view.status,
        "status_label": view.status_label,
        "received_on": view.received_on,
        "started_on": view.started_on,
        "completed_on": view.completed_on,
        "outcome_label": view.outcome_label,
        "outcome_note": view.outcome_note,
        "messages": view.messages,
    }


@router.post(
    "/corruption/check",
    response={200: CaseStatusOut, 429: ErrorOut},
    summary="Check a corruption complaint with its receipt code",
    description="A wrong code and a code of no case get the same answer (found: false).",
)
def check_corruption(request, payload: ReceiptIn, response: HttpResponse):
    case, refusal = _corruption_case(request, response, payload.receipt_code)
    if refusal:
        return refusal
    return Status(200, _case_out(case))


@router.post(
    "/corruption/messages",
    response={200: CaseStatusOut, 201: CaseStatusOut, 400: ErrorOut, 429: ErrorOut},
    summary="Send an anonymous message to the officers handling a case",
)
def message_corruption(request, payload: MessageIn, response: HttpResponse):
    case, refusal = _corruption_case(request, response, payload.receipt_code)
    if refusal:
        return refusal
    form = CaseMessageForm(data={"code": payload.receipt_code, "body": payload.body})
    if not form.is_valid():
        return _invalid(form)
    services.add_complainant_message(case, form.cleaned_data["body"])
    return Status(201, _case_out(case))
