"""What the citizen-channel API routers share: the error body and the rate-limit answer.

Q&A and the complaint channels answer errors the same way, so a client written
against one channel understands the other.
"""

from django.utils.translation import gettext as _
from ninja import Schema, Status


class ErrorOut(Schema):
    detail: str
    errors: dict[str, list[str]] = {}


def too_many():
    return Status(
        429, {"detail": _("Too many attempts from your connection. Please wait a few minutes and try again.")}
    )
