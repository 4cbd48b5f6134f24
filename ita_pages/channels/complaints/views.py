"""Citizen-facing request handling of the complaint pages.

Why: one place applies the rules every public form needs (rate limit before any
expensive work, honeypot, validation, all-or-nothing saves) and the extra rules of
the corruption channel: the request is marked confidential for logging, responses
are never cached, the receipt code is rendered once and never put in a session,
cookie, URL or log.
"""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from ita_pages.channels import follow, protection, receipts
from ita_pages.channels.confidential import mark_confidential, no_store
from ita_pages.channels.forms import ReceiptForm
from ita_pages.core.fiscal import format_thai_date

from . import services
from .forms import CaseMessageForm, CorruptionComplaintForm, GeneralComplaintForm
from .models import CorruptionCase, GeneralComplaint

TOO_MANY = 429


def _render(page, request, template, status=200, **context):
    return no_store(follow.render(page, request, template, status=status, **context))


def corruption_complaint(page, request):
    mark_confidential(request)
    template = "complaints/corruption_complaint_page.html"
    if request.method != "POST":
        return _render(page, request, template, form=CorruptionComplaintForm())
    if not protection.allow(request, "complaint-file"):
        # Refused before the upload is parsed: a flood's files are never read. A form
        # sent without files still gets its text back, for copying.
        if request.content_type == "multipart/form-data":
            form = CorruptionComplaintForm.refused(follow.too_many_message())
        else:
            form = CorruptionComplaintForm(request.POST)
            form.is_valid()
            form.add_error(None, follow.too_many_message())
        return _render(page, request, template, status=TOO_MANY, form=form)
    form = CorruptionComplaintForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render(page, request, template, status=400, form=form)
    if form.is_bot():
        # Look like success so that bots learn nothing; nothing is stored.
        code = receipts.new_code()
        received_on = timezone.localdate()
    else:
        data = dict(form.cleaned_data)
        files = data.pop("attachments", [])
        case, code = services.file_corruption_complaint(
            site=services.site_of(page, request), page=page, data=data, files=files
        )
        received_on = case.received_on
    return _render(
        page,
        request,
        "complaints/corruption_complaint_received.html",
        receipt_code=receipts.display(code),
        received_on=received_on,
    )


def _case_context(case):
    return {"case": services.complainant_view(case)}


def corruption_follow(page, request):
    mark_confidential(request)
    template = "complaints/corruption_follow.html"
    if request.method == "POST" and "body" in request.POST:
        return _corruption_message(page, request, template)
    return follow.follow(
        page,
        request,
        template=template,
        scope="complaint-follow",
        find=CorruptionCase.find_by_receipt,
        context=lambda case, code: {"message_form": CaseMessageForm(initial={"code": code}), **_case_context(case)},
    )


def _corruption_message(page, request, template):
    """A message from the complainant, sent with the code their case was opened by."""
    if not protection.allow(request, "complaint-follow", limit=follow.FOLLOW_LIMIT):
        return follow.too_many_lookups(page, request)
    message_form = CaseMessageForm(request.POST)
    code = request.POST.get("code", "")
    case = CorruptionCase.find_by_receipt(code)
    if case is None:
        return _render(page, request, template, form=ReceiptForm(), error=follow.not_found_message())
    sent = False
    if message_form.is_valid():
        services.add_complainant_message(case, message_form.cleaned_data["body"])
        message_form = CaseMessageForm(initial={"code": code})
        sent = True
    return _render(
        page, request, template, found=True, message_form=message_form, message_sent=sent, **_case_context(case)
    )


def acknowledgement_text(page, code: str, received_on) -> str:
    lines = [
        _("Acknowledgement of a corruption complaint"),
        services.site_of(page).site_name or "",
        "",
        _("Received on: %(date)s") % {"date": format_thai_date(received_on)},
        _("Receipt code: %(code)s") % {"code": receipts.display(code)},
        "",
        _("Keep this code secret. Anyone who has it can read the status and the messages of your case."),
        _("Follow your case at: %(url)s") % {"url": page.full_url + "follow/"},
    ]
    return "\r\n".join(lines) + "\r\n"


def corruption_acknowledgement(page, request):
    mark_confidential(request)
    if request.method != "POST":
        return _render(page, request, "complaints/corruption_follow.html", status=405, form=ReceiptForm())
    if not protection.allow(request, "complaint-follow", limit=follow.FOLLOW_LIMIT):
        return follow.too_many_lookups(page, request)
    code = request.POST.get("code", "")
    case = CorruptionCase.find_by_receipt(code)
    if case is None:
        return _render(
            page, request, "complaints/corruption_follow.html", form=ReceiptForm(), error=follow.not_found_message()
        )
    normalized = receipts.normalize(code)
    response = HttpResponse(
        "\ufeff" + acknowledgement_text(page, normalized, case.received_on), content_type="text/plain; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="complaint-acknowledgement.txt"'
    return no_store(response)


def general_complaint(page, request):
    template = "complaints/general_complaint_page.html"
    if request.method != "POST":
        return _render(page, request, template, form=GeneralComplaintForm())
    form = GeneralComplaintForm(request.POST)
    if not protection.allow(request, "complaint-file"):
        form.is_valid()
        form.add_error(None, follow.too_many_message())
        return _render(page, request, template, status=TOO_MANY, form=form)
    if not form.is_valid():
        return _render(page, request, template, status=400, form=form)
    if form.is_bot():
        code = receipts.new_code()
    else:
        data = {key: value for key, value in form.cleaned_data.items() if key != "website"}
        _complaint, code = services.file_general_complaint(site=services.site_of(page, request), page=page, data=data)
    return _render(page, request, "complaints/general_complaint_received.html", receipt_code=receipts.display(code))


def general_follow(page, request):
    return follow.follow(
        page,
        request,
        template="complaints/general_follow.html",
        scope="complaint-follow",
        find=GeneralComplaint.find_by_receipt,
        context=lambda complaint, _code: {"complaint": complaint},
    )
