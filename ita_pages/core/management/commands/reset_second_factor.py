"""Remove a person's second factor, for a lost phone and lost backup codes.

Why: an administrator with shell access must be able to let a person back in; the
admin itself offers no way, since a stolen password must not be enough to remove the
factor. The person sets up a new phone at their next sign-in.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp import devices_for_user


class Command(BaseCommand):
    help = "Remove a user's authenticator app and backup codes; they set up new ones at the next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user is called {username!r}.")
        devices = list(devices_for_user(user, confirmed=None))
        for device in devices:
            device.delete()
        self.stdout.write(f"{username}: removed {len(devices)} second-factor devices")
