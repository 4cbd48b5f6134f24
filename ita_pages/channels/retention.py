"""Contact details kept only for a while after a citizen's matter is closed.

Why: PDPA — a name, e-mail or phone number left for a reply is needed while the
matter is handled, not afterwards. A model that keeps such details names them in
``contact_fields`` and says which of its rows are past their retention; this module
blanks those fields and keeps the rest of the record (subjects, statuses and dates
feed the statistics the ITA asks for). Models are found through the app registry, so
the shared code names no channel.
"""

import datetime

from django.apps import apps
from django.db import transaction
from django.utils import timezone


class KeepsContacts:
    """Mixin for a model whose ``contact_fields`` are blanked after its retention."""

    contact_fields: tuple[str, ...] = ()

    @classmethod
    def contacts_past_retention(cls, today: datetime.date):
        """The rows whose contact details are no longer to be kept (a queryset)."""
        raise NotImplementedError


def models_keeping_contacts() -> list:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, KeepsContacts) and model.contact_fields and not model._meta.proxy
    ]


def blank_expired_contacts(model, today: datetime.date | None = None) -> int:
    """Blank the contact fields of the model's expired rows; the number of rows that had any.

    Encrypted fields cannot be filtered on, so rows are read and compared in Python;
    a row already blank is left alone and not counted.
    """
    today = today or timezone.localdate()
    fields = model.contact_fields
    count = 0
    with transaction.atomic():
        for row in model.contacts_past_retention(today).select_for_update().only("pk", *fields).iterator():
            if not any(getattr(row, name) for name in fields):
                continue
            # A queryset update: no save() side effects, no new dates on the record.
            model._base_manager.filter(pk=row.pk).update(**dict.fromkeys(fields, ""))
            count += 1
    return count
