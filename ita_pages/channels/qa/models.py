"""Q&A: citizens ask, staff answer, answers are published on the page.

Why: the ITA asks for a real two-way channel on the agency's own site (an item of the
year's catalogue: O8 in 2566); the page's form is the channel, and its one part is
the introduction telling visitors how to ask and how the agency answers. Questions are
pre-moderated (hidden until staff answer and publish them, or reject them as spam)
so that the public page never shows unreviewed text; the asker follows the
question with a code, like complainants do, and may leave an e-mail address that
is used once for the answer notice and then deleted. Until then it is encrypted at
rest, and one that was never used (no notice could be sent, or the question was
rejected) is blanked once the site's contact retention has passed.
"""

import datetime
import statistics as pystatistics

from django.conf import settings
from django.core.paginator import Paginator
from django.core.validators import EmailValidator, MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page

from ita_pages.channels.fields import EncryptedTextField
from ita_pages.channels.receipt import ReceiptMixin
from ita_pages.channels.retention import KeepsContacts
from ita_pages.items.models.item import ItemPage


class QAPage(ItemPage, RoutablePageMixin, Page):
    """The public Q&A board of one agency site."""

    intro = RichTextField(_("introduction"), blank=True)
    privacy_notice = RichTextField(
        _("privacy notice"),
        blank=True,
        help_text=_("What is kept, why and for how long (PDPA). Shown above the question form."),
    )
    per_page = models.PositiveSmallIntegerField(_("questions per page"), default=10)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("privacy_notice"), FieldPanel("per_page")]
    subpage_types: list[str] = []
    template = "qa/qa_page.html"
    part_specs = {"two_way": "intro"}

    class Meta:
        verbose_name = _("Q&A page")

    def published_questions(self, query: str = ""):
        questions = self.questions.filter(status=QuestionStatus.PUBLISHED).order_by("-asked_at", "-pk")
        query = (query or "").strip()[:100]
        if query:
            # icontains matches inside unspaced Thai text, unlike word-based search.
            questions = questions.filter(Q(question__icontains=query) | Q(answer__icontains=query))
        return questions

    def median_answer_time(self):
        """Median time from asking to answering over published questions, or None."""
        pairs = self.questions.filter(status=QuestionStatus.PUBLISHED, answered_at__isnull=False).values_list(
            "asked_at", "answered_at"
        )
        durations = [(answered - asked).total_seconds() for asked, answered in pairs]
        if not durations:
            return None
        return timezone.timedelta(seconds=pystatistics.median(durations))

    def paginate(self, request, query):
        paginator = Paginator(self.published_questions(query), max(self.per_page, 1))
        return paginator.get_page(request.GET.get("p"))

    @path("")
    def index_view(self, request):
        from .views import qa_index

        return qa_index(self, request)

    @path("follow/")
    def follow_view(self, request):
        from .views import qa_follow

        return qa_follow(self, request)


class QuestionStatus(models.TextChoices):
    NEW = "new", _("New")
    ANSWERED = "answered", _("Answered (not yet public)")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")
    SPAM = "spam", _("Spam")


class Question(ReceiptMixin, KeepsContacts):
    page = models.ForeignKey(QAPage, verbose_name=_("Q&A page"), on_delete=models.CASCADE, related_name="questions")
    display_name = models.CharField(_("display name"), max_length=80)
    question = models.TextField(_("question"), max_length=2000)
    # Encrypted text has no column length: the form's limits are validators here.
    email = EncryptedTextField(
        _("e-mail for the answer notice"),
        blank=True,
        validators=[EmailValidator(), MaxLengthValidator(254)],
        help_text=_("Deleted after the answer notice is sent."),
    )
    status = models.CharField(_("status"), max_length=10, choices=QuestionStatus.choices, default=QuestionStatus.NEW)
    answer = models.TextField(_("answer"), blank=True, max_length=10000)
    asked_at = models.DateTimeField(_("asked at"), default=timezone.now)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    notified_at = models.DateTimeField(_("answer notice sent at"), null=True, blank=True)

    contact_fields = ("email",)

    class Meta:
        ordering = ["-asked_at", "-pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.question[:60]

    @property
    def is_answered(self) -> bool:
        return self.status in (QuestionStatus.ANSWERED, QuestionStatus.PUBLISHED) and bool(self.answer.strip())

    def waiting_time(self) -> str:
        """How long the asker has waited (until the answer, or until now)."""
        return timesince(self.asked_at, self.answered_at or timezone.now())

    waiting_time.short_description = _("time since asking")

    @classmethod
    def contacts_past_retention(cls, today: datetime.date):
        """Answered questions past their site's retention after the answer; rejected and
        spam ones past it after asking (no decision date is recorded, and they are
        never notified, so their address has no use left)."""
        expired = cls.objects.none()
        for page in QAPage.objects.filter(pk__in=cls.objects.values("page_id")):
            site = page.get_site()
            days = QASettings.for_site(site).contact_retention_days if site else QASettings.DEFAULT_RETENTION_DAYS
            last_day = today - datetime.timedelta(days=days)
            cutoff = timezone.make_aware(datetime.datetime.combine(last_day, datetime.time()))
            answered = Q(status__in=(QuestionStatus.ANSWERED, QuestionStatus.PUBLISHED), answered_at__lt=cutoff)
            rejected = Q(status__in=(QuestionStatus.REJECTED, QuestionStatus.SPAM), asked_at__lt=cutoff)
            expired |= cls.objects.filter(answered | rejected, page=page)
        return expired

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.status in (QuestionStatus.ANSWERED, QuestionStatus.PUBLISHED) and not self.answer.strip():
            raise ValidationError({"answer": _("Write the answer before marking the question answered or published.")})


@register_setting(icon="help")
class QASettings(BaseSiteSetting):
    """Per-site settings of the Q&A channel: how long an unused answer-notice address is kept."""

    DEFAULT_RETENTION_DAYS = 365

    contact_retention_days = models.PositiveIntegerField(
        _("keep unused e-mail addresses for (days)"),
        default=DEFAULT_RETENTION_DAYS,
        help_text=_(
            "An address is deleted once the answer notice is sent. One that was never used is deleted "
            "this many days after the question was answered, or after it was asked if it was rejected."
        ),
    )

    panels = [FieldPanel("contact_retention_days")]

    class Meta:
        verbose_name = _("Q&A settings")
