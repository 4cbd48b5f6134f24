"""Setting up and giving the second factor, inside the admin.

Why: a person should need no other tool than the admin and an authenticator app
(Google Authenticator, Microsoft Authenticator and the like): the set-up page shows a
QR code and the key to type, checks one code before switching the factor on, and
shows ten backup codes once, for a lost phone. A confirmed factor can only be
replaced from a session that has already given it, so a stolen password cannot.
"""

import base64
import io

import qrcode
import qrcode.image.svg
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .forms import CodeForm
from .middleware import safe_next
from .policy import has_second_factor, must_use_second_factor

APP_DEVICE_NAME = "authenticator app"
BACKUP_DEVICE_NAME = "backup codes"
BACKUP_CODE_COUNT = 10
WRONG_CODE = gettext_noop("Wrong or already used code. Wait for a new one; each wrong try makes the next wait longer.")


def _qr_code_data_uri(text: str) -> str:
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _grouped(key: str) -> str:
    return " ".join(key[index : index + 4] for index in range(0, len(key), 4))


@never_cache
@sensitive_post_parameters("code")
def setup(request):
    user = request.user
    if has_second_factor(user) and not user.is_verified():
        return redirect(f"{reverse('second_factor_verify')}?{request.GET.urlencode()}")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            codes = _switch_on(user, device)
            otp_login(request, device)
            return TemplateResponse(
                request, "second_factor/backup_codes.html", {"codes": codes, "next": safe_next(request)}
            )
        form.add_error("code", _("That code is not right. Check the app's clock and enter the newest code."))
    return TemplateResponse(
        request,
        "second_factor/setup.html",
        {
            "form": form,
            "qr_code": _qr_code_data_uri(device.config_url),
            "key": _grouped(base64.b32encode(device.bin_key).decode("ascii")),
            "required": must_use_second_factor(user),
            "replacing": has_second_factor(user),
            "next": safe_next(request),
        },
        status=200 if request.method == "GET" or form.is_valid() else 400,
    )


@transaction.atomic
def _switch_on(user, device: TOTPDevice) -> list[str]:
    """Confirm the new app, drop any older one, and issue fresh backup codes."""
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    StaticDevice.objects.filter(user=user).delete()
    backup = StaticDevice.objects.create(user=user, name=BACKUP_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _index in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=backup, token=code) for code in codes)
    return codes


def _device_for(user, code: str):
    """The app's device for a 6-digit code, the backup codes for anything else.

    Each device counts its own wrong tries (django-otp throttling), so a code is only
    ever checked against the one device that could have made it.
    """
    model = TOTPDevice if code.isdigit() and len(code) == 6 else StaticDevice
    return model.objects.filter(user=user, confirmed=True).first()


@never_cache
@sensitive_post_parameters("code")
def verify(request):
    user = request.user
    if user.is_verified():
        return redirect(safe_next(request))
    if not has_second_factor(user):
        return redirect(f"{reverse('second_factor_setup')}?{request.GET.urlencode()}")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        device = _device_for(user, code)
        if device is not None and device.verify_token(code):
            otp_login(request, device)
            return redirect(safe_next(request))
        form.add_error("code", _(WRONG_CODE))
    return TemplateResponse(
        request,
        "second_factor/verify.html",
        {"form": form, "next": safe_next(request)},
        status=200 if request.method == "GET" else 400,
    )
