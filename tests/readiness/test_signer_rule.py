"""Who must sign is the catalogue's: a part's `signer = "head-of-agency"`.

Publishing refuses a signed block whose signer did not sign as the top executive;
the checker compares the signer's name with who heads the agency on the executives
item, found by its page type listing the head of the agency, whatever its code.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from ita_pages.core.catalogue.loader import CatalogueError, load_catalogue
from ita_pages.core.catalogue.registry import get_catalogue
from ita_pages.items.models import EthicsPromotionPage
from ita_pages.readiness.checker import run_checks
from tests.readiness.helpers import YEAR, item, publish

pytestmark = pytest.mark.django_db

RULE = "signed-by-top-executive"


def signed(code: str, key: str, signer: str):
    """Item ``code`` with part ``key``'s ``signer`` set (``""``: anyone may sign)."""
    base = item(code)
    parts = tuple(dataclasses.replace(p, signer=signer) if p.key == key else p for p in base.parts)
    return dataclasses.replace(base, parts=parts)


def problems(site, code, rule=None):
    result = run_checks(site, YEAR).item(code)
    return [p.message_en for p in result.problems if rule is None or p.rule == rule]


def test_the_2566_catalogue_asks_the_head_of_agency_to_sign_the_no_gift_declaration_only():
    catalogue = get_catalogue(YEAR)
    signed_parts = {(it.code, p.key): p.signer for it in catalogue.items for p in it.parts if p.signer}
    assert signed_parts == {("O31", "signed_by_top_executive"): "head-of-agency"}


def test_the_loader_refuses_an_unknown_signer(tmp_path):
    source = get_catalogue(YEAR).source
    text = (Path(__file__).resolve().parents[2] / "ita_pages" / "core" / "catalogues" / source).read_text(
        encoding="utf-8"
    )
    broken = tmp_path / source
    broken.write_text(text.replace('signer = "head-of-agency"', 'signer = "deputy"'), encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(broken)
    assert str(caught.value).startswith(f"{source}: item O31 part signed_by_top_executive: field 'signer':")


def test_publishing_refuses_a_declaration_not_signed_as_top_executive(site_th, use_catalogue, add_page):
    use_catalogue("O2", "O31")
    add_page("O2")
    with pytest.raises(ValidationError) as refused:
        add_page("O31", body__0__announcement__signer_role="deputy")
    assert "ไม่ได้ลงนามในฐานะผู้บริหารสูงสุด" in " ".join(refused.value.message_dict["body"])


def test_without_the_catalogues_signer_anyone_may_sign(site_th, use_catalogue, add_page):
    use_catalogue("O2", signed("O31", "signed_by_top_executive", ""))
    add_page("O2")
    page = add_page("O31", body__0__announcement__signer_role="deputy", body__0__announcement__signer="นางวันดี ทองคำ")
    assert page.live
    assert problems(site_th, "O31") == []


def test_any_item_the_catalogue_marks_is_judged_at_publish_and_in_the_checker(site_th, use_catalogue, add_page):
    use_catalogue("O2", signed("O40", "ethics_team", "head-of-agency"))
    add_page("O2")
    with pytest.raises(ValidationError) as refused:
        add_page("O40", body__0__team_order__signer_role="other")
    assert "ไม่ได้ลงนามในฐานะผู้บริหารสูงสุด" in " ".join(refused.value.message_dict["body"])
    page = EthicsPromotionPage.objects.get()  # the refused page stays a draft
    page.body[0].value["signer_role"] = "top"
    page.body[0].value["signer"] = "นางสาวมาลี ศรีสุข"  # a deputy on the executives page
    publish(page)
    [message] = problems(site_th, "O40", RULE)
    assert message.endswith("the executives page names นายสมชาย ใจดี as top executive.")


def test_the_executives_item_is_found_by_its_page_type_not_its_code(site_th, use_catalogue, add_page):
    use_catalogue(dataclasses.replace(item("O2"), code="O77"), "O31")
    add_page("O31", validate=False)
    [message] = problems(site_th, "O31", RULE)
    assert "The executives page (O77) is not published" in message
    add_page("O77")
    assert problems(site_th, "O31", RULE) == []


def test_a_year_without_an_executives_item_says_so(site_th, use_catalogue, add_page):
    use_catalogue("O31")
    add_page("O31", validate=False)
    [message] = problems(site_th, "O31", RULE)
    assert "The ITA 2566 has no item listing the executives" in message
