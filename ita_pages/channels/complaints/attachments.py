"""Checking uploaded evidence by its content, not its name.

Why: a complainant's attachment is later opened by an officer; a file named
``.pdf`` that is really HTML or an executable must be refused. Only PDF, JPEG and
PNG are accepted, recognised by their leading bytes (and, for images, by Pillow
actually parsing them), with a size cap. The original file name is not trusted
for anything but display. The count and size limits are settings read through
``ita_pages.channels.limits``, the one place every path takes them from.
"""

import io
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from ita_pages.channels import limits

_SIGNATURES = (
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
)
_PILLOW_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG"}


class AttachmentRejected(ValueError):
    """The upload is not an accepted file; ``message`` is for the citizen."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class CheckedFile:
    content_type: str
    extension: str
    data: bytes
    display_name: str


def sniff(data: bytes) -> tuple[str, str] | None:
    """(content type, extension) recognised from the first bytes, or None."""
    for magic, content_type, extension in _SIGNATURES:
        if data.startswith(magic):
            return content_type, extension
    return None


def _image_is_valid(data: bytes, content_type: str) -> bool:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != _PILLOW_FORMATS[content_type]:
                return False
            image.verify()
    except Exception:  # Pillow raises many types for malformed input
        return False
    return True


def _pdf_is_plausible(data: bytes) -> bool:
    # A real PDF ends with an end-of-file marker near its tail.
    return b"%%EOF" in data[-2048:]


def safe_display_name(name: str | None, extension: str) -> str:
    """A name for officers' downloads: printable, short, with the real extension."""
    base = (name or "").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    base = base.rsplit(".", 1)[0] if "." in base else base
    base = "".join(char for char in base if char.isprintable() and char not in '<>:"|?*;').strip()
    return f"{(base or 'attachment')[:80]}.{extension}"


def too_large_message() -> str:
    return _("The file is too large (at most %(mb)s MB).") % {"mb": limits.max_file_megabytes()}


def too_many_message() -> str:
    return _("At most %(count)s files can be attached.") % {"count": limits.max_files()}


def check_upload(uploaded, max_bytes: int | None = None) -> CheckedFile:
    """Read and check a Django UploadedFile (or any object with ``read``/``name``)."""
    max_bytes = limits.max_file_bytes() if max_bytes is None else max_bytes
    size = getattr(uploaded, "size", None)
    if size is not None and size > max_bytes:
        raise AttachmentRejected(too_large_message())
    data = uploaded.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise AttachmentRejected(too_large_message())
    if not data:
        raise AttachmentRejected(_("The file is empty."))
    return check_bytes(data, getattr(uploaded, "name", ""))


def check_bytes(data: bytes, name: str = "") -> CheckedFile:
    kind = sniff(data)
    if kind is None:
        raise AttachmentRejected(_("Only PDF, JPEG or PNG files are accepted."))
    content_type, extension = kind
    if content_type in _PILLOW_FORMATS and not _image_is_valid(data, content_type):
        raise AttachmentRejected(_("The image file is damaged or not a real image."))
    if content_type == "application/pdf" and not _pdf_is_plausible(data):
        raise AttachmentRejected(_("The PDF file is damaged or incomplete."))
    return CheckedFile(content_type, extension, data, safe_display_name(name, extension))
