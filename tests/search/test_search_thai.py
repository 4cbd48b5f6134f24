"""Thai segmentation: whole words and their parts match, lookalikes never do."""

import pytest

from search import thai


def matches(query: str, text: str) -> bool:
    """The index's rule: every query token must be one of the text's tokens."""
    tokens = thai.index_tokens(text)
    required, _optional = thai.query_terms(query)
    return bool(required) and all(token in tokens for token in required)


TEXT = "ประกาศผลการจัดซื้อจัดจ้างประจำเดือน"


@pytest.mark.parametrize("query", ["จัดซื้อจัดจ้าง", "จัดซื้อ", "ซื้อ", "จัดจ้าง", "การจัดซื้อจัดจ้าง", "ประกาศผล"])
def test_whole_words_and_parts_are_found(query):
    assert matches(query, TEXT)


def test_lookalike_word_does_not_match():
    # ซื้อ (buy, mai tho) vs ซื่อ (honest, mai ek)
    assert not matches("ซื้อ", "ซื่อสัตย์สุจริต")
    assert not matches("ซื่อ", TEXT)
    assert matches("ซื่อ", "ซื่อสัตย์สุจริต")


@pytest.mark.parametrize("query", ["ดี", "ไป"])
def test_two_letter_words(query):
    assert matches(query, "บริการดีไปไหนก็ได้")
    assert not matches(query, "ประกาศผลการจัดซื้อ")


def test_index_and_query_use_same_segmentation():
    assert thai.words(TEXT) == ["ประกาศ", "ผล", "การ", "จัดซื้อจัดจ้าง", "ประจำเดือน"]
    assert sorted(thai.query_tokens(TEXT)) == sorted(thai.words(TEXT))


def test_subwords_of_compound():
    assert {"จัดซื้อ", "จัดจ้าง", "จัด", "ซื้อ", "จ้าง"} <= thai.subwords("จัดซื้อจัดจ้าง")
    # A single morpheme is not chopped into fragments.
    assert thai.subwords("ดีเซล") == frozenset()
    assert thai.subwords("procurement") == frozenset()


def test_subwords_rank_below_whole_words():
    tokens = thai.index_tokens(TEXT)
    assert tokens["จัดซื้อจัดจ้าง"] > tokens["ซื้อ"] > 0


def test_stopwords_optional_unless_alone():
    assert thai.query_terms("การจัดซื้อ") == (["จัดซื้อ"], ["การ"])
    assert thai.query_terms("ไป") == (["ไป"], [])


def test_english_digits_and_codes():
    assert thai.query_tokens("E-Service") == ["e", "service", "eservice"]
    assert matches("eservice", "ระบบ E-Service ออนไลน์")
    assert matches("2566", "ปีงบประมาณ ๒๕๖๖")
    assert matches("O20", "ตัวชี้วัด O20 ประกาศ")
    assert matches("Procurement", "PROCUREMENT plan")


def test_normalisation_fixes_duplicated_marks():
    assert matches("ซื้อ", "จัดซื้้อ")


def test_empty_and_punctuation_queries_have_no_tokens():
    assert thai.query_tokens("") == []
    assert thai.query_tokens("  ... !!! ๆ ") == []


def test_snippet_never_starts_inside_a_thai_cluster():
    from search.query import highlight_pattern, snippet

    text = "ก" * 50 + "เจ้าหน้าที่ของรัฐต้องยึดมั่นซื่อสัตย์สุจริตและรับผิดชอบ" + "ข" * 300
    for offset in range(0, 12):
        html = str(snippet(text[offset:], highlight_pattern("ซื่อสัตย์")))
        assert "<mark>ซื่อสัตย์</mark>" in html
        first = html.removeprefix("… ")[0]
        assert not ("\u0e31" <= first <= "\u0e3a" or "\u0e47" <= first <= "\u0e4e"), html[:20]
        assert "ของรัฐ" not in html or html.removeprefix("… ").startswith(("ก", "เจ้าหน้าที่", "ของรัฐ", "ต้อง")), html[:30]


def test_highlight_escapes_text_and_marks_thai_digits():
    from search.query import highlight, highlight_pattern

    html = str(highlight("<b>ปี ๒๕๖๖</b>", highlight_pattern("2566")))
    assert html == "&lt;b&gt;ปี <mark>๒๕๖๖</mark>&lt;/b&gt;"


def test_long_queries_are_capped():
    query = " ".join(f"คำ{n}" for n in range(100))
    assert len(thai.query_tokens(query)) <= thai.MAX_QUERY_WORDS
