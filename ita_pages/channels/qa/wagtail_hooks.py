"""Admin for Q&A questions: a moderated queue with states, filters and waiting time.

Why: staff answer from the Wagtail admin; saving an answer records who answered and
when (for the median answer time on the page) and sends the one e-mail notice
after the transaction commits.
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Question
from .services import mark_answered, notify_if_answered


class QuestionEditView(EditView):
    def save_instance(self):
        mark_answered(self.form.instance, self.request.user)
        instance = super().save_instance()
        transaction.on_commit(lambda: notify_if_answered(instance))
        return instance


class QuestionViewSet(ModelViewSet):
    model = Question
    icon = "help"
    menu_label = _("Q&A questions")
    menu_order = 240
    add_to_admin_menu = True
    url_namespace = "qa_questions"
    url_prefix = "qa-questions"
    list_display = ["__str__", "display_name", "page", "status", "asked_at", "waiting_time"]
    list_filter = ["status", "page"]
    search_fields = ["question", "answer", "display_name"]
    form_fields = ["status", "display_name", "question", "answer"]
    edit_view_class = QuestionEditView
    copy_view_enabled = False


question_viewset = QuestionViewSet("qa_questions")


@hooks.register("register_admin_viewset")
def register_question_viewset():
    return question_viewset
