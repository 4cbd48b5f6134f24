"""Who must give a second factor, and whether they have one.

Why: the rule is read by the middleware, the account page and the tests; it lives in
one place. Superusers always must. Other layers add their own rule through the
``second_factor_required`` Wagtail hook (a function of the user returning a bool),
so that the core needs to know nothing of complaint officers.
"""

from django_otp import user_has_device
from wagtail import hooks

REQUIRED_HOOK = "second_factor_required"


def must_use_second_factor(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return any(rule(user) for rule in hooks.get_hooks(REQUIRED_HOOK))


def has_second_factor(user) -> bool:
    """True when the user has a confirmed authenticator app or backup codes."""
    return user.is_authenticated and user_has_device(user, confirmed=True)


def needs_verifying(user) -> bool:
    """Signed in with a password only, where a second factor is required or set up."""
    if not user.is_authenticated or user.is_verified():
        return False
    return has_second_factor(user) or must_use_second_factor(user)
