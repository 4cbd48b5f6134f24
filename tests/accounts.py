"""Signing a test client in as a person who also gave the admin's second factor.

Why: officers and superusers are held at the second sign-in step until their session
is verified (ita_pages/core/second_factor), and tests of what they do past it start
where a real person would be: signed in with both steps. Tests of the step itself
sign in with ``force_login`` alone.
"""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice


def authenticator_app(user) -> TOTPDevice:
    """The user's confirmed authenticator app, made if they have none."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator app", confirmed=True)
    return device


def current_code(device: TOTPDevice) -> str:
    """The code the app shows now."""
    return f"{TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token():06d}"


def give_second_factor(client, user):
    """Mark the client's signed-in session as having given the second factor."""
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = authenticator_app(user).persistent_id
    session.save()
    return client


def sign_in(client, user):
    """``client.force_login(user)`` followed by a verified authenticator app."""
    client.force_login(user)
    return give_second_factor(client, user)


def admin_person(username: str, *, superuser: bool = False, groups=(), language: str | None = None):
    """A person who may use the admin: a superuser, or a user with admin access in `groups`."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    model = get_user_model()
    if superuser:
        user = model.objects.create_superuser(username, f"{username}@example.org", "password")
    else:
        user = model.objects.create_user(username, f"{username}@example.org", "password")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
    user.groups.add(*groups)
    if language:
        from wagtail.users.models import UserProfile

        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user
