"""The main menu: the "บริการประชาชน" rule and accessible no-JS dropdowns."""

from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Locale

from ita_pages.furniture.menus.blocks import PUBLIC_SERVICES
from ita_pages.furniture.menus.models import MainMenu

THAI_ERROR = 'เมนูย่อย "บริการประชาชน" ต้องมีลิงก์ไปยัง'


def link(page=None, url="", label=""):
    return {"page": page, "url": url, "label": label}


def menu_with(site, *pages, role=PUBLIC_SERVICES):
    items = [("submenu", {"label": "บริการประชาชน", "role": role, "links": [link(p) for p in pages]})]
    return MainMenu(site=site, locale=Locale.objects.get(language_code="th"), items=items)


def test_menu_with_qa_and_eservice_saves(site_th, qa_page, eservice_page):
    menu = menu_with(site_th, qa_page, eservice_page)
    menu.full_clean()
    menu.save()
    assert MainMenu.objects.count() == 1


@pytest.mark.parametrize("missing", ["qa", "eservice"])
def test_menu_without_qa_or_eservice_is_refused_in_thai(site_th, qa_page, eservice_page, missing):
    pages = [eservice_page] if missing == "qa" else [qa_page]
    with translation.override("th"), pytest.raises(ValidationError) as caught:
        menu_with(site_th, *pages).full_clean()
    with translation.override("th"):
        message = " ".join(caught.value.message_dict["items"])
    assert THAI_ERROR in message
    assert ("Q&A" in message) == (missing == "qa")
    assert ("E-Service" in message) == (missing == "eservice")


def test_pages_must_be_in_the_public_services_submenu_and_live(site_th, qa_page, eservice_page):
    with pytest.raises(ValidationError):
        menu_with(site_th, qa_page, eservice_page, role="").full_clean()
    type(qa_page).objects.filter(pk=qa_page.pk).update(live=False)  # an unpublished Q&A page
    qa_page.refresh_from_db()
    with pytest.raises(ValidationError):
        menu_with(site_th, qa_page, eservice_page).full_clean()


def test_admin_refuses_a_menu_without_the_pages(editor_client, site_th, eservice_page):
    locale = Locale.objects.get(language_code="th")
    stream = [
        {
            "type": "submenu",
            "value": {"label": "บริการประชาชน", "role": PUBLIC_SERVICES, "links": [link(eservice_page.pk)]},
        }
    ]
    response = editor_client.post("/admin/snippets/menus/mainmenu/add/", _form_data(stream, site_th, locale))
    assert response.status_code == 200
    # StreamField errors reach the page inside the editor's JSON; check the form's.
    assert THAI_ERROR in " ".join(response.context["form"].errors["items"])
    assert not MainMenu.objects.exists()


def _form_data(stream, site, locale):
    """The admin's StreamField form encoding for a submenu of links."""
    data = {"site": site.pk, "locale": locale.pk, "items-count": str(len(stream))}
    for i, block in enumerate(stream):
        prefix = f"items-{i}"
        data.update({f"{prefix}-type": block["type"], f"{prefix}-deleted": "", f"{prefix}-order": str(i)})
        value = block["value"]
        data[f"{prefix}-value-label"] = value["label"]
        data[f"{prefix}-value-role"] = value["role"]
        data[f"{prefix}-value-links-count"] = str(len(value["links"]))
        for j, item in enumerate(value["links"]):
            lp = f"{prefix}-value-links-{j}"
            data.update(
                {
                    f"{lp}-deleted": "",
                    f"{lp}-order": str(j),
                    f"{lp}-value-label": item["label"],
                    f"{lp}-value-page": item["page"] or "",
                    f"{lp}-value-url": item["url"],
                }
            )
    return data


def test_admin_accepts_a_complete_menu(editor_client, site_th, qa_page, eservice_page):
    locale = Locale.objects.get(language_code="th")
    stream = [
        {
            "type": "submenu",
            "value": {
                "label": "บริการประชาชน",
                "role": PUBLIC_SERVICES,
                "links": [link(qa_page.pk), link(eservice_page.pk)],
            },
        }
    ]
    response = editor_client.post("/admin/snippets/menus/mainmenu/add/", _form_data(stream, site_th, locale))
    assert response.status_code == 302, response.content.decode()[:3000]
    assert MainMenu.objects.get().items[0].value["links"][1]["page"].pk == eservice_page.pk


def test_menu_renders_as_details_dropdown_without_script(client, site_th, qa_page, eservice_page):
    menu = menu_with(site_th, qa_page, eservice_page)
    menu.items = [
        *[(b.block_type, b.value) for b in menu.items],
        ("link", link(url="https://example.org/", label="ลิงก์")),
    ]
    menu.full_clean()
    menu.save()
    html = client.get("/th/").content.decode()
    nav = html.split('class="site-nav"')[1].split("</nav>")[0]
    assert '<details class="submenu" data-menu-role="public_services">' in nav
    assert '<summary aria-expanded="false">บริการประชาชน</summary>' in nav
    assert 'href="/th/e-service/"' in nav
    assert 'href="https://example.org/">ลิงก์</a>' in nav
    assert "<script" not in nav  # opening needs no script; static/js/menu.js only adds Escape/tap-outside


def test_english_pages_fall_back_to_the_site_menu(client, site_th, qa_page, eservice_page):
    menu = menu_with(site_th, qa_page, eservice_page)
    menu.full_clean()
    menu.save()
    assert '<summary aria-expanded="false">บริการประชาชน</summary>' in client.get("/en/").content.decode()


def test_a_page_chosen_in_thai_links_its_english_page_on_english_pages(client, site_th, qa_page, eservice_page):
    from demo.translation import translate

    menu = menu_with(site_th, qa_page, eservice_page)
    menu.full_clean()
    menu.save()
    translate(eservice_page, Locale.objects.get(language_code="en"), {"E-Service": "E-Service"})
    nav = client.get("/en/").content.decode().split('class="site-nav"')[1].split("</nav>")[0]
    assert 'href="/en/e-service/"' in nav
    assert 'href="/th/e-service/"' not in nav


def test_the_menu_script_is_loaded_and_closes_on_escape_and_outside_taps(client, site_th):
    from django.contrib.staticfiles import finders

    html = client.get("/th/").content.decode()
    assert '<script src="/static/js/menu.js" defer></script>' in html
    script = Path(finders.find("js/menu.js")).read_text(encoding="utf-8")
    for behaviour in ('"Escape"', '"aria-expanded"', 'addEventListener("click"', 'addEventListener("toggle"'):
        assert behaviour in script
