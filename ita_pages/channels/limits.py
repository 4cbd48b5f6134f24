"""How much a citizen may send: the one attachment limit and the request size caps.

Why one module: the form, the JSON API, their help texts, the OpenAPI description
and the middleware that refuses oversize requests before reading them must agree on
the same numbers, or a legitimate complaint with three scans is refused by one of
them. The numbers are settings (README, "Configuration"); everything else is derived.
"""

from django.conf import settings

MIB = 1024 * 1024
DEFAULT_MAX_FILES = 3
DEFAULT_MAX_BYTES = 5 * MIB
DEFAULT_PUBLIC_POST_MAX_BYTES = 256 * 1024


def max_files() -> int:
    """How many evidence files one complaint may carry."""
    return int(getattr(settings, "COMPLAINT_ATTACHMENT_MAX_FILES", DEFAULT_MAX_FILES))


def max_file_bytes() -> int:
    """The largest evidence file, in bytes."""
    return int(getattr(settings, "COMPLAINT_ATTACHMENT_MAX_BYTES", DEFAULT_MAX_BYTES))


def max_file_megabytes() -> str:
    """The per-file limit as people read it ("5", "2.5")."""
    return f"{max_file_bytes() / MIB:g}"


def public_post_max_bytes() -> int:
    """A public POST without attachments: every text field at its length limit fits."""
    return int(getattr(settings, "PUBLIC_POST_MAX_BYTES", DEFAULT_PUBLIC_POST_MAX_BYTES))


def base64_length(size: int) -> int:
    """Characters of `size` bytes written in base64 (with padding)."""
    return 4 * ((size + 2) // 3)


def upload_form_max_bytes() -> int:
    """A multipart form with every allowed file at its size limit, plus the text fields."""
    return max_files() * max_file_bytes() + public_post_max_bytes()


def upload_api_max_bytes() -> int:
    """A JSON body carrying every allowed file in base64, plus the text fields."""
    return max_files() * base64_length(max_file_bytes()) + public_post_max_bytes()


def describe() -> str:
    """The limit in English, for the OpenAPI document."""
    return (
        f"At most {max_files()} attachments of {max_file_megabytes()} MB each (PDF, JPEG or PNG, "
        f"checked by content); a request over {upload_api_max_bytes()} bytes is refused with 413 "
        "before it is read."
    )


# The attribute the request size middleware looks for on a page's view.
ACCEPTS_ATTACHMENTS = "accepts_attachments"


def accepts_attachments(view):
    """Mark a page view that takes evidence files: its requests get the upload cap."""
    setattr(view, ACCEPTS_ATTACHMENTS, True)
    return view
