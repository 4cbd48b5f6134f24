"""The Thai search index: one entry per public page or document, and its tokens.

Why our own two tables rather than a modelsearch backend subclass:
- The same SQL works unchanged on SQLite and PostgreSQL: matching is exact
  equality on an indexed ``token`` column (``token IN (...)``, grouped by
  entry), so neither FTS5's tokenizer (which splits Thai at vowel and tone
  marks and makes "ซื้อ" match "ซื่อ") nor PostgreSQL's text search (which has
  no Thai configuration) is involved. Two-letter words need no trigram.
- Tokens are produced in Python by ``search.thai`` (PyThaiNLP newmm plus
  sub-words), identical at index and query time, with a weight per token
  (title words count more, sub-words less), so ranking is one ``SUM``.
- Rows are written in the same transaction as the publish/unpublish/upload
  that caused them, so a rolled-back publish leaves no stale entry.
- A backend subclass would have had to re-implement two backends' query
  compilers and still fight their tokenizers; Wagtail's default backend keeps
  working alongside for the admin.
See docs/search.md for the Elasticsearch/OpenSearch mapping on large hosts.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from wagtail.documents import get_document_model_string

from .thai import MAX_TOKEN_LENGTH


class IndexEntry(models.Model):
    """One searchable object: a live public page (specific type) or a public document."""

    page = models.OneToOneField("wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    document = models.OneToOneField(
        get_document_model_string(), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # The specific model, used by the "content type" filter.
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    # The site a page is served on (one install can host many agencies);
    # null for documents, which Wagtail shares between sites.
    site = models.ForeignKey("wagtailcore.Site", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    # Pages have a locale; documents are shared by all languages (null).
    locale = models.ForeignKey("wagtailcore.Locale", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    ita_group = models.CharField(max_length=40, blank=True, db_index=True)
    title = models.CharField(max_length=255)
    # Plain text kept for result snippets (and, for documents, the extracted text).
    body = models.TextField(blank=True)
    # Documents: which file the body was extracted from, so that a title edit
    # does not re-read the PDF while a replaced file does.
    source_key = models.CharField(max_length=255, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(page__isnull=False, document__isnull=True)
                | models.Q(page__isnull=True, document__isnull=False),
                name="search_entry_page_xor_document",
            )
        ]

    def __str__(self):
        return self.title


class IndexToken(models.Model):
    """A word (or sub-word) of an entry and its weight in that entry."""

    entry = models.ForeignKey(IndexEntry, on_delete=models.CASCADE, related_name="tokens")
    token = models.CharField(max_length=MAX_TOKEN_LENGTH)
    weight = models.FloatField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "token"], name="search_token_unique")]
        indexes = [models.Index(fields=["token", "entry"], name="search_token_lookup")]

    def __str__(self):
        return self.token
