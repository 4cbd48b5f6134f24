"""Signal handlers that keep the Thai index current; connected in ``SearchConfig.ready``.

Why signals: they catch every page type and document without the other apps
knowing about search. Page deletion needs no handler: index rows cascade with
the page or document row.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import indexer


def on_page_published(sender, instance, **kwargs):
    indexer.index_page(instance)


def on_page_unpublished(sender, instance, **kwargs):
    indexer.unindex_page(instance)


def on_page_moved(sender, instance, **kwargs):
    # A move can put a page under (or out of) a private section.
    indexer.index_subtree(instance)


def on_page_restriction_changed(sender, instance, **kwargs):
    # The restriction also disappears when its page is deleted: nothing to do then.
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        indexer.index_subtree(page)


def on_collection_restriction_changed(sender, instance, **kwargs):
    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if collection is not None:
        indexer.index_collection(collection)


def on_document_saved(sender, instance, raw=False, **kwargs):
    if not raw:  # fixtures: rebuild_thai_index afterwards
        indexer.index_document(instance)


def connect():
    page_published.connect(on_page_published, dispatch_uid="thai_search_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="thai_search_page_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="thai_search_page_moved")
    for signal in (post_save, post_delete):
        signal.connect(
            on_page_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"thai_search_page_restriction_{signal is post_save}",
        )
        signal.connect(
            on_collection_restriction_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"thai_search_collection_restriction_{signal is post_save}",
        )
    post_save.connect(on_document_saved, sender=get_document_model(), dispatch_uid="thai_search_document_saved")
