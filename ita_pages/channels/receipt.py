"""Abstract model for anything a citizen follows up with a receipt code.

Why: questions, general complaints and corruption cases all hand out a code that is
shown once and never stored in clear (see ``receipts``). Keeping the lookup here
means every channel gets the same "wrong code = no such case" behaviour.
"""

from django.db import models

from ita_pages.channels import crypto, keys, receipts


class ReceiptMixin(models.Model):
    receipt_index = models.CharField(max_length=64, unique=True, editable=False)
    receipt_hash = models.CharField(max_length=200, editable=False)
    receipt_key_id = models.CharField(max_length=12, editable=False)

    class Meta:
        abstract = True

    def issue_receipt(self) -> str:
        """Set a fresh code on this (unsaved or saved) object and return it once."""
        code = receipts.new_code()
        newest_key = keys.configured_keys()[0]
        self.receipt_index = receipts.index(code, crypto.index_keys([newest_key])[0])
        self.receipt_hash = receipts.make_hash(code)
        self.receipt_key_id = keys.key_id(newest_key)
        return code

    @classmethod
    def find_by_receipt(cls, code, queryset=None):
        """The object for a code, or None: malformed, unknown and wrong codes alike."""
        queryset = queryset if queryset is not None else cls._default_manager.all()
        normalized = receipts.normalize(code)
        if normalized is None:
            receipts.burn_time(None)
            return None
        all_keys = keys.configured_keys()
        indexes = [receipts.index(normalized, key) for key in crypto.index_keys(all_keys)]
        found = queryset.filter(receipt_index__in=indexes).first()
        if found is None:
            receipts.burn_time(normalized)
            return None
        if not receipts.verify(found.receipt_hash, normalized):
            return None
        if found.receipt_index != indexes[0]:
            # Found under an older key: move the index to the newest key now that
            # the code is known, so the old key can eventually be retired.
            found.receipt_index = indexes[0]
            found.receipt_key_id = keys.key_id(all_keys[0])
            type(found)._default_manager.filter(pk=found.pk).update(
                receipt_index=found.receipt_index, receipt_key_id=found.receipt_key_id
            )
        return found
