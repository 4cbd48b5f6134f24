"""A second factor for the admin sign-in: authenticator-app codes and backup codes.

Why: an officer's account reads whistle-blowers' reports and a superuser's can make
itself an officer, so a stolen password alone must not open either. Built on
django-otp (TOTP devices and static backup codes); this package decides who must use
it, walks them through setting it up on first sign-in and asks for a code on every
new sign-in. Anyone else may turn it on from their account page. Features above the
core say who else must use it through the ``second_factor_required`` hook.
"""
