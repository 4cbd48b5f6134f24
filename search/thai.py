"""Thai-aware tokenisation shared by indexing and querying.

Why this exists: Thai is written without spaces between words, so neither
SQLite FTS5 nor PostgreSQL's text search can split it (measured, see
docs/search.md). We segment with PyThaiNLP's ``newmm`` engine, which ships its
dictionary (no download), and we use exactly the same function at index time
and at query time so that both sides agree on what a "word" is.

``newmm`` keeps dictionary compounds whole ("จัดซื้อจัดจ้าง" is one word), so a
citizen typing only "จัดซื้อ" or "ซื้อ" would miss it. At index time we
therefore also emit the *sub-words* of each word: every dictionary word that
starts and ends on a Thai Character Cluster (TCC) boundary inside it. TCC
boundaries never split a consonant from its vowels or tone marks, so "ซื้อ"
(buy) is a sub-word of "จัดซื้อ" but can never be produced from "ซื่อ"
(honest): matching is by exact token equality, never by substring.

Non-Thai runs (English, numbers, codes such as "O20" or "E-Service") are
lower-cased and split on punctuation; the joined form is kept too so that
"e-service" and "eservice" both match.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from pythainlp.corpus import thai_stopwords, thai_words
from pythainlp.tokenize import subword_tokenize, word_tokenize
from pythainlp.util import normalize as thai_normalize

ENGINE = "newmm"
# Sub-words count for less than whole words when ranking: a page about
# "จัดซื้อจัดจ้าง" should rank above one that only mentions "ซื้อ" in passing.
SUBWORD_WEIGHT = 0.5
# Longest token we store (the token column is a CharField of this length).
MAX_TOKEN_LENGTH = 100
# Segmenting a huge run in one call is slow and pointless: Thai text puts
# spaces between phrases, so we split on whitespace first and cap each chunk.
_MAX_CHUNK = 2000
MAX_QUERY_WORDS = 24

_THAI_CHAR = re.compile(r"[\u0E01-\u0E4E]")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_ALNUM_PARTS = re.compile(r"[^\W_]+", re.UNICODE)
_WHITESPACE = re.compile(r"\s+")
# Tokens made only of repetition/abbreviation marks or punctuation carry no meaning.
_NOISE = re.compile(r"^[\sๆฯ\W_]+$", re.UNICODE)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    return frozenset(w for w in thai_words() if len(w) >= 2)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(thai_stopwords())


def normalize(text: str) -> str:
    """Canonical form used on both sides: NFC, Thai mark order, Thai digits, lower case.

    NFKC is deliberately avoided: it decomposes SARA AM (ำ) into two characters.
    """
    text = unicodedata.normalize("NFC", text or "")
    text = text.translate(_THAI_DIGITS)
    if _THAI_CHAR.search(text):
        # Reorders tone marks/vowels typed in the wrong order and drops
        # duplicated marks, a common artefact of PDF text extraction.
        text = thai_normalize(text)
    return text.lower()


def normalize_display(text: str) -> str:
    """NFC and Thai mark order only: for text shown to people (snippets, titles)."""
    text = unicodedata.normalize("NFC", text or "")
    return thai_normalize(text) if _THAI_CHAR.search(text) else text


def is_thai(token: str) -> bool:
    return bool(_THAI_CHAR.search(token))


def _chunks(text: str):
    for chunk in _WHITESPACE.split(text):
        while chunk:
            yield chunk[:_MAX_CHUNK]
            chunk = chunk[_MAX_CHUNK:]


def _non_thai_tokens(token: str) -> list[str]:
    parts = _ALNUM_PARTS.findall(token)
    if len(parts) > 1:
        return [*parts, "".join(parts)]
    return parts


_THAI_RUN = re.compile(r"([\u0E01-\u0E4E]+)")


@lru_cache(maxsize=20000)
def _segment_chunk(chunk: str) -> tuple[str, ...]:
    # Only Thai runs go through newmm; Latin letters and digits are split on
    # punctuation by a regular expression so that "O20" or "ITA2566" stay whole.
    out: list[str] = []
    for piece in _THAI_RUN.split(chunk):
        if not piece:
            continue
        if is_thai(piece):
            for word in word_tokenize(piece, engine=ENGINE, keep_whitespace=False):
                if word and not _NOISE.match(word):
                    out.append(word[:MAX_TOKEN_LENGTH])
        else:
            out.extend(t[:MAX_TOKEN_LENGTH] for t in _non_thai_tokens(piece))
    return tuple(out)


def raw_words(text: str) -> list[str]:
    """newmm segmentation of text as it is (for cutting snippets on word boundaries)."""
    return word_tokenize(text, engine=ENGINE, keep_whitespace=True)


def words(text: str) -> list[str]:
    """Segment ``text`` into normalised words (the same function for index and query)."""
    result: list[str] = []
    for chunk in _chunks(normalize(text)):
        result.extend(_segment_chunk(chunk))
    return result


def _split_compound(word: str) -> tuple[str, ...]:
    """Fewest dictionary words (other than ``word``) that exactly cover ``word``.

    Cuts are only tried on Thai Character Cluster boundaries. Returns () when
    the word is not a compound of dictionary words, so single morphemes such as
    "ประกาศ" are not chopped into meaningless fragments.
    """
    clusters = subword_tokenize(word, engine="tcc")
    if len(clusters) < 2:
        return ()
    bounds = [0]
    for cluster in clusters:
        bounds.append(bounds[-1] + len(cluster))
    dictionary = _dictionary()
    best: dict[int, tuple[str, ...]] = {0: ()}
    for j in range(1, len(bounds)):
        for i in range(j):
            if bounds[i] not in best:
                continue
            part = word[bounds[i] : bounds[j]]
            if part == word or part not in dictionary:
                continue
            candidate = (*best[bounds[i]], part)
            current = best.get(bounds[j])
            if current is None or len(candidate) < len(current):
                best[bounds[j]] = candidate
    return best.get(len(word), ())


@lru_cache(maxsize=50000)
def subwords(word: str, depth: int = 2) -> frozenset[str]:
    """The dictionary words a compound is made of, recursively (two levels).

    "จัดซื้อจัดจ้าง" -> จัดซื้อ, จัดจ้าง, จัด, ซื้อ, จ้าง. The word itself is not
    included; non-Thai words and non-compounds have no sub-words.
    """
    if depth <= 0 or not is_thai(word):
        return frozenset()
    found: set[str] = set()
    for part in _split_compound(word):
        found.add(part)
        found |= subwords(part, depth - 1)
    return frozenset(found)


def index_tokens(text: str, weight: float = 1.0) -> Counter:
    """Token -> weight for one field: whole words plus their sub-words.

    Repetition is damped (1 + log n) so that long documents that repeat a word
    do not drown a short page whose title is that word.
    """
    counts: Counter = Counter()
    previous = ""
    for word in words(text):
        counts[word] += 1
        for part in subwords(word):
            counts[part] += SUBWORD_WEIGHT
        # newmm's choice between two segmentations depends on context; when two
        # neighbours form a dictionary word, a query segmented the other way
        # ("การป้องกัน" vs "การ" + "ป้องกัน") still finds the text.
        joined = previous + word
        if previous and is_thai(joined) and joined in _dictionary():
            counts[joined] += SUBWORD_WEIGHT
        previous = word
    return Counter({token: weight * _damp(n) for token, n in counts.items()})


def _damp(n: float) -> float:
    return 1 + math.log(n) if n > 1 else n


def query_terms(query: str) -> tuple[list[str], list[str]]:
    """Split a query into (required, optional) distinct words, in order.

    PyThaiNLP's stopword list is broad (it contains "การ", "ไป" and even "ผล"),
    so stopwords are not thrown away: they are optional and only add to the
    score. When a query has nothing but stopwords ("ไป"), they are required.
    """
    seen: list[str] = []
    for word in words(query):
        if word not in seen:
            seen.append(word)
    # A pasted paragraph is not a query: keep the first words only.
    seen = seen[:MAX_QUERY_WORDS]
    required = [w for w in seen if w not in _stopwords()]
    if not required:
        return seen, []
    return required, [w for w in seen if w in _stopwords()]


def query_tokens(query: str) -> list[str]:
    """Every distinct word of a query (required and optional)."""
    required, optional = query_terms(query)
    return required + optional
