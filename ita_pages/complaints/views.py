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

from config.errors import too_many_requests
from ita_pages.channels import protection, receipts
from ita_pages.channels.confidential import mark_confidential, no_store
from ita_pages.channels.forms import ReceiptForm
from ita_pages.fiscal import format_thai_date

from . import services
from .forms import CaseMessageForm, CorruptionComplaintForm, GeneralComplaintForm
from .models import CorruptionCase, GeneralComplaint

TOO_MANY = 429


def _too_many_message():
    return _("Too many attempts from your connection. Please wait a few minutes and try again.")


def _not_found_message():
    # The same words for a malformed, wrong or unknown code: nothing to learn from it.
    return _("No case matches this code. Check the code and try again.")


def _too_many(page, request, back="follow/"):
    # Lookups get the site's 429 page, with a message the complainant typed shown back
    # for copying; the filing forms instead show the form again with its text.
    unsent = request.POST.get("body", "")
    return no_store(too_many_requests(request, back_url=page.get_url(request) + back, unsent_text=unsent))


def _render(page, request, template, status=200, **context):
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    return no_store(response)


def corruption_complaint(page, request):
    mark_confidential(request)
    template = "complaints/corruption_complaint_page.html"
    if request.method != "POST":
        return _render(page, request, template, form=CorruptionComplaintForm())
    form = CorruptionComplaintForm(request.POST, request.FILES)
    if not protection.allow(request, "complaint-file"):
        form.is_valid()
        form.add_error(None, _too_many_message())
        return _render(page, request, template, status=TOO_MANY, form=form)
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
    if request.method != "POST":
        return _render(page, request, template, form=ReceiptForm())
    if not protection.allow(request, "complaint-follow", limit=20):
        return _too_many(page, request)
    if "body" in request.POST:
        message_form = CaseMessageForm(request.POST)
        code = request.POST.get("code", "")
        case = CorruptionCase.find_by_receipt(code)
        if case is None:
            return _render(page, request, template, form=ReceiptForm(), error=_not_found_message())
        sent = False
        if message_form.is_valid():
            services.add_complainant_message(case, message_form.cleaned_data["body"])
            message_form = CaseMessageForm(initial={"code": code})
            sent = True
        return _render(page, request, template, message_form=message_form, message_sent=sent, **_case_context(case))
    form = ReceiptForm(request.POST)
    case = CorruptionCase.find_by_receipt(form.data.get("code", ""))
    if case is None:
        return _render(page, request, template, form=ReceiptForm(), error=_not_found_message())
    return _render(
        page,
        request,
        template,
        message_form=CaseMessageForm(initial={"code": form.data.get("code", "")}),
        **_case_context(case),
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
    if not protection.allow(request, "complaint-follow", limit=20):
        return _too_many(page, request)
    code = request.POST.get("code", "")
    case = CorruptionCase.find_by_receipt(code)
    if case is None:
        return _render(
            page, request, "complaints/corruption_follow.html", form=ReceiptForm(), error=_not_found_message()
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
        form.add_error(None, _too_many_message())
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
    template = "complaints/general_follow.html"
    if request.method != "POST":
        return _render(page, request, template, form=ReceiptForm())
    if not protection.allow(request, "complaint-follow", limit=20):
        return _too_many(page, request)
    complaint = GeneralComplaint.find_by_receipt(request.POST.get("code", ""))
    if complaint is None:
        return _render(page, request, template, form=ReceiptForm(), error=_not_found_message())
    return _render(page, request, template, complaint=complaint)
