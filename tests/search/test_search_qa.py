"""Q&A answers (ita_pages.channels.qa) are found through their page; unpublished questions are not."""

from demo.factories import QuestionFactory
from demo.qa import ensure_qa_page
from ita_pages.channels.qa.models import QuestionStatus
from search.query import search


def titles(query):
    return [entry.title for entry in search(query)]


def test_published_answers_are_searchable_and_private_ones_are_not(site_th):
    page = ensure_qa_page(site_th)
    question = QuestionFactory(
        page=page, question="รถเก็บขยะมาวันไหน", display_name="นางสาวทดสอบ", answer="", status=QuestionStatus.NEW
    )
    assert titles("เก็บขยะ") == []
    question.answer = "ทุกวันอังคารและวันศุกร์"
    question.status = QuestionStatus.PUBLISHED
    question.save()
    assert titles("เก็บขยะ") == [page.title]
    assert titles("วันศุกร์") == [page.title]
    # The asker's name is not searchable.
    assert titles("นางสาวทดสอบ") == []
    question.status = QuestionStatus.REJECTED
    question.save()
    assert titles("เก็บขยะ") == []


def test_deleted_question_leaves_the_index(site_th, django_capture_on_commit_callbacks):
    page = ensure_qa_page(site_th)
    question = QuestionFactory(page=page, question="ขอใบอนุญาตประกอบกิจการ", answer="ยื่นที่กองสาธารณสุข")
    assert titles("ใบอนุญาต") == [page.title]
    with django_capture_on_commit_callbacks(execute=True):
        question.delete()
    assert titles("ใบอนุญาต") == []
