"""Evidence documents and nil statements, shared by many items."""

from django.utils.translation import gettext_lazy as _

from .fields import ITAStructBlock, date, document, line, paragraph


class EvidenceDocumentBlock(ITAStructBlock):
    """A Wagtail document with its title and date, attached as evidence."""

    title = line(_("Document title"))
    date = date(_("Document date"))
    document = document(_("Document"), required=True)

    class Meta:
        icon = "doc-full"
        label = _("Evidence document")
        help_text = _("A document with its title and date.")
        preview_value = {"title": "เอกสารประกอบ"}


class NilStatementBlock(ITAStructBlock):
    """An explicit "none this period" statement, which satisfies items that allow it."""

    statement = line(_("Nil statement"), _("For example: there was no procurement that must be published."))
    explanation = paragraph(_("Explanation"), _("Why there is nothing to publish, in detail."))
    date = date(_("Statement date"))

    class Meta:
        icon = "minus"
        label = _("Nil statement")
        help_text = _("States that there is nothing to publish, and why.")
        preview_value = {"statement": "ไม่มีการจัดซื้อจัดจ้าง"}
