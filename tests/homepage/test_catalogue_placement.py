"""Homepage placement comes from the year's catalogue: codes, required widgets, targets."""

import dataclasses

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Site

from home.blocks import default_bottom_region, default_right_region
from home.models import HomePage
from ita_pages.core.models import EITSurveySettings
from ita_pages.core.publish import validate_for_publish
from ita_pages.readiness.context import CheckContext
from ita_pages.readiness.registry import get_rule
from ita_pages.readiness.rules.placement import Widget
from tests.homepage.catalogues import renumbered, swapped
from tests.homepage.test_regions import parse_regions


def homepage(site):
    return HomePage.objects.get(pk=site.root_page.pk)


def without(home, region, widget):
    stream = getattr(home, region)
    setattr(home, region, [(child.block_type, child.value) for child in stream if child.block_type != widget])
    return home


def fresh(site):
    # A Site fetched anew: page objects cache the site root paths they first saw.
    return Site.objects.get(pk=site.pk)


def placement_problems(site, code):
    ctx = CheckContext(fresh(site), 2566)
    rule = get_rule("placement")
    return list(rule.check(ctx, ctx.catalogue.item(code)))


# --- codes ---------------------------------------------------------------------------


def test_widgets_render_the_codes_of_the_sites_catalogue(client, site_th, catalogue_2566, use_catalogue):
    use_catalogue(swapped(catalogue_2566, "O7", "O28"))
    parsed = parse_regions(client.get("/th/").content.decode())
    # The news widget serves the news index, now item O28; the complaint QR serves O7.
    assert sorted(parsed.items["bottom"]) == ["O20", "O28"]
    assert sorted(parsed.items["right"]) == ["O43", "O7", "O9"]


def test_a_widget_whose_page_type_is_no_item_this_year_has_no_code(client, site_th, catalogue_2566, use_catalogue):
    items = tuple(it for it in catalogue_2566.items if it.code != "O9")
    use_catalogue(dataclasses.replace(catalogue_2566, items=items))
    parsed = parse_regions(client.get("/th/").content.decode())
    assert sorted(parsed.items["right"]) == ["O28", "O43"]


# --- publishing ----------------------------------------------------------------------


def test_a_renumbered_catalogue_still_publishes_a_correctly_placed_homepage(site_th, catalogue_2566, use_catalogue):
    use_catalogue(swapped(catalogue_2566, "O7", "O28"))
    validate_for_publish(homepage(site_th))  # no error: every item is where its catalogue puts it


def test_a_missing_widget_is_refused_naming_the_item_in_thai(site_th, catalogue_2566, use_catalogue):
    home = without(homepage(site_th), "right", "complaint_qr")
    with translation.override("th"), pytest.raises(ValidationError) as caught:
        validate_for_publish(home)
    message = " ".join(caught.value.message_dict["right"])
    assert "O28" in message and "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ" in message
    assert "คอลัมน์ขวา" in message
    use_catalogue(swapped(catalogue_2566, "O7", "O28"))
    with translation.override("th"), pytest.raises(ValidationError) as caught:
        validate_for_publish(home)
    assert "O7" in " ".join(caught.value.message_dict["right"])


def test_an_item_the_catalogue_does_not_place_needs_no_widget(site_th, catalogue_2566, use_catalogue):
    home = without(homepage(site_th), "right", "social_banner")
    with pytest.raises(ValidationError):
        validate_for_publish(home)
    use_catalogue(renumbered(catalogue_2566, O9={"placement": "none"}))
    validate_for_publish(home)


def test_moving_an_item_to_another_region_requires_its_widget_there(site_th, catalogue_2566, use_catalogue):
    use_catalogue(renumbered(catalogue_2566, O20={"placement": "home-right-qr-code"}))
    with translation.override("th"), pytest.raises(ValidationError) as caught:
        validate_for_publish(homepage(site_th))
    message = " ".join(caught.value.message_dict["right"])
    assert "O20" in message and "ไม่มีกล่องแสดงข้อมูล" in message  # the right column offers no procurement widget


def test_admin_publish_is_refused_with_the_item_named_and_a_draft_is_kept(editor_client, site_th):
    home = homepage(site_th)
    url = f"/admin/pages/{home.pk}/edit/"
    form = {
        "title": home.title,
        "slug": home.slug,
        "intro": '{"blocks": [], "entityMap": {}}',
        "main-count": "0",
        "right-count": "1",
        "right-0-type": "visitor_stats",
        "right-0-deleted": "",
        "right-0-order": "0",
        "right-0-value-heading": "",
        "bottom-count": "0",
    }
    refused = editor_client.post(url, {**form, "action-publish": "1"})
    assert refused.status_code == 200
    html = refused.content.decode()
    for code in ("O7", "O9", "O20", "O28", "O43"):
        assert code in html
    assert editor_client.post(url, form).status_code == 302  # a draft may lack them


def test_new_homepages_start_with_the_widgets_the_catalogue_places(catalogue_2566, use_catalogue):
    assert [w["type"] for w in default_right_region()] == ["social_banner", "complaint_qr", "eit_qr", "visitor_stats"]
    assert [w["type"] for w in default_bottom_region()] == ["news", "procurement"]
    use_catalogue(renumbered(catalogue_2566, O9={"placement": "none"}, O20={"placement": "none"}))
    assert [w["type"] for w in default_right_region()] == ["complaint_qr", "eit_qr", "visitor_stats"]
    assert [w["type"] for w in default_bottom_region()] == ["news"]


def test_the_editor_sees_which_items_the_catalogue_places(editor_client, site_th, catalogue_2566, use_catalogue):
    use_catalogue(swapped(catalogue_2566, "O7", "O28"))
    html = editor_client.get(f"/admin/pages/{site_th.root_page.pk}/edit/").content.decode()
    assert "O7 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ" in html
    assert "O28 ข่าวประชาสัมพันธ์" in html


# --- the checker: a working target -----------------------------------------------------


def test_qr_pointing_at_the_live_complaint_page_passes(site_th, complaint_page):
    assert placement_problems(site_th, "O28") == []


def test_renumbered_items_placed_correctly_pass_the_checker(site_th, complaint_page, catalogue_2566, use_catalogue):
    use_catalogue(swapped(catalogue_2566, "O9", "O28"))
    assert placement_problems(site_th, "O9") == []  # now the complaint channel, QR in the right column


def test_a_widget_without_a_working_target_fails(site_th, complaint_page):
    type(complaint_page).objects.filter(pk=complaint_page.pk).update(live=False)
    problems = placement_problems(site_th, "O28")
    assert [p.rule for p in problems] == ["placement"]
    assert "points nowhere" in problems[0].message_en


def test_a_restricted_page_is_no_working_target(site_th, complaint_page):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=complaint_page, restriction_type="password", password="x")
    assert "points nowhere" in placement_problems(site_th, "O28")[0].message_en


def test_the_eit_qr_needs_its_survey_address(site_th):
    assert "points nowhere" in placement_problems(site_th, "O43")[0].message_en
    settings = EITSurveySettings.for_site(site_th)
    settings.url = "https://itas.nacc.go.th/go/eit/test123"
    settings.save()
    assert placement_problems(site_th, "O43") == []


@pytest.mark.parametrize(
    "widget,expected",
    [
        (Widget("/th/somewhere-else/", frozenset({"/th/somewhere-else/"})), "not to the live public page"),
        (Widget("/th/corruption-complaints/", frozenset()), "does not link to"),
        (Widget("javascript:alert(1)", frozenset({"javascript:alert(1)"})), "not a web address"),
    ],
)
def test_a_target_that_is_not_the_items_page_fails(site_th, complaint_page, widget, expected):
    ctx = CheckContext(fresh(site_th), 2566)
    rule = get_rule("placement")
    problem = rule._target_problem(ctx, ctx.catalogue.item("O28"), widget)
    assert expected in problem.message_en


def test_an_outside_target_that_does_not_answer_fails_when_links_are_checked(site_th):
    from ita_pages.readiness.links import LinkResult

    url = "https://www.facebook.com/gone.example"
    ctx = CheckContext(fresh(site_th), 2566, link_results={url: LinkResult(url, False, 404, "HTTP 404")})
    problem = get_rule("placement")._target_problem(ctx, ctx.catalogue.item("O9"), Widget(url, frozenset({url})))
    assert "does not answer (HTTP 404)" in problem.message_en
    assert (
        get_rule("placement")._target_problem(
            CheckContext(site_th, 2566), ctx.catalogue.item("O9"), Widget(url, frozenset({url}))
        )
        is None
    )


def test_every_catalogue_places_its_widgets_where_a_widget_is_offered():
    from home.blocks import home_region_of
    from ita_pages.core.catalogue import registry
    from ita_pages.core.catalogue.placement import widget_items

    for catalogue in registry.catalogues().values():
        for item in widget_items(catalogue):
            assert home_region_of(item) is not None, (catalogue.source, item.code, item.placement)
