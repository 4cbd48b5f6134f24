"""Signal handlers that keep the Thai index current; connected in ``SearchConfig.ready``.

Why signals: they catch every page type and document without the other apps
knowing about search. Page deletion needs no handler: index rows cascade with
the page or document row.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from ita_pages.core.backup import site_restored

from . import adapters, indexer


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


def on_related_changed(sender, instance, raw=False, **kwargs):
    """Re-index the page a child row belongs to (e.g. a published Q&A answer).

    Any model can opt in by defining ``search_parent_page`` (attribute, property
    or method returning the page); the page then shows the row's text through a
    callable in its ``search_fields``.
    """
    if raw or indexer.is_excluded_model(sender):
        return
    parent = getattr(instance, "search_parent_page", None)
    if parent is None or isinstance(instance, Page):
        return
    page = parent() if callable(parent) else parent
    if not isinstance(page, Page) or not page.pk:
        return
    if kwargs.get("signal") is post_delete:
        # The row may be going away with its page (cascade): re-index after
        # commit, when we know whether the page still exists.
        transaction.on_commit(lambda: _reindex_page_id(page.pk))
    else:
        _reindex_page_id(page.pk)


def _reindex_page_id(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        indexer.index_page(page)


def on_site_restored(sender, **kwargs):
    # A restore loads rows without signals and empties the index with the rest.
    indexer.rebuild()


def connect():
    adapters.connect()
    site_restored.connect(on_site_restored, dispatch_uid="thai_search_site_restored")
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
    post_save.connect(on_related_changed, dispatch_uid="thai_search_related_saved")
    post_delete.connect(on_related_changed, dispatch_uid="thai_search_related_deleted")
    post_save.connect(on_document_saved, sender=get_document_model(), dispatch_uid="thai_search_document_saved")
