"""Demo part 40: the main menu and the homepage regions with every widget.

Runs after news, E-Service, Q&A, complaints (20) and procurement (30), so the
menu and widgets can point at those pages.
"""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Page

from demo.site import ensure_english
from demo.translation import english_locale, translate
from ita_pages.core.models import EITSurveySettings
from ita_pages.core.publish import publish_validated
from ita_pages.furniture.menus.blocks import PUBLIC_SERVICES
from ita_pages.furniture.menus.models import MainMenu

DEMO_ORDER = 40
DEMO_EIT_URL = "https://itas.nacc.go.th/go/eit/demo-bansuan"


def _live_child(home, app_label, model):
    return (
        Page.objects.child_of(home).live().filter(content_type__app_label=app_label, content_type__model=model).first()
    )


def _demo_image(title: str, colour: str):
    """A plain generated banner (the demo ships no photos)."""
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image:
        return image
    buffer = io.BytesIO()
    picture = PILImage.new("RGB", (1200, 400), colour)
    ImageDraw.Draw(picture).rectangle((40, 40, 1160, 360), outline="white", width=8)
    picture.save(buffer, format="PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name=f"{title}.png"))


# English for the menu and the homepage widgets, by their Thai text (demo.translation).
ENGLISH = {
    "บริการประชาชน": "Public services",
    "ข่าวสาร": "News",
    "ITA ป.ป.ช.": "NACC ITA",
    "ยินดีต้อนรับ": "Welcome",
    "บริการด้วยความโปร่งใส (ข้อมูลสมมติ)": "Transparent public service (fictitious demo data)",
    "ประกาศ": "Notice",
    "สำนักงานปิดทำการในวันหยุดราชการ": "The office is closed on public holidays.",
    "เรื่องเด่น": "Highlights",
    "หน่วยงานที่เกี่ยวข้อง": "Related agencies",
    "ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)": "Government e-Procurement (e-GP)",
    "สำนักงาน ป.ป.ช.": "Office of the NACC",
}


def _link(page=None, url="", label=""):
    return {"page": page, "url": url, "label": label}


def load_menu(site, home, stdout) -> None:
    qa = _live_child(home, "qa", "qapage")
    eservice = _live_child(home, "eservice", "eservicepage")
    news = _live_child(home, "news", "newsindexpage")
    o20 = _live_child(home, "procurement", "procurementannouncementpage")
    if qa is None or eservice is None:
        stdout.write("menus: no live Q&A or E-Service page yet; the main menu is not created")
        return
    services = [_link(qa), _link(eservice)]
    for model in ("generalcomplaintpage", "corruptioncomplaintpage"):
        complaint = _live_child(home, "complaints", model)
        if complaint:
            services.append(_link(complaint))
    items = [
        ("submenu", {"label": "บริการประชาชน", "role": PUBLIC_SERVICES, "links": services}),
        ("submenu", {"label": "ข่าวสาร", "role": "", "links": [_link(p) for p in (news, o20) if p]}),
    ]
    ita = _live_child(home, "ita_pages", "itasectionpage")
    if ita:  # the assessor's way in from the homepage
        items.append(("link", _link(ita)))
    items.append(("link", _link(url="https://itas.nacc.go.th/", label="ITA ป.ป.ช.")))
    menu = MainMenu.objects.filter(site=site, locale=home.locale).first() or MainMenu(site=site, locale=home.locale)
    menu.items = items
    menu.full_clean()
    menu.save()
    translate(menu, english_locale(), ENGLISH)
    stdout.write("menus: main menu with บริการประชาชน → Q&A, E-Service, general complaints (Thai and English)")


def load_homepage(site, home) -> None:
    settings = EITSurveySettings.for_site(site)
    settings.url = DEMO_EIT_URL
    settings.save()
    if home.main:  # filled by an earlier run: a rerun must not add revisions
        return
    banner = _demo_image("demo-hero-banner", "#0b4f8a")
    facebook = _demo_image("demo-facebook-banner", "#1877f2")
    pages = [
        p for p in (_live_child(home, "eservice", "eservicepage"), _live_child(home, "news", "newsindexpage")) if p
    ]
    external = [
        _link(url="https://www.gprocurement.go.th/", label="ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)"),
        _link(url="https://www.nacc.go.th/", label="สำนักงาน ป.ป.ช."),
    ]
    home.main = [
        ("hero", {"heading": "ยินดีต้อนรับ", "image": banner, "text": "บริการด้วยความโปร่งใส (ข้อมูลสมมติ)"}),
        ("notice", {"heading": "ประกาศ", "body": "<p>สำนักงานปิดทำการในวันหยุดราชการ</p>"}),
        ("highlights", {"heading": "เรื่องเด่น", "pages": pages}),
    ]
    home.right = [
        ("social_banner", {"image": facebook}),
        ("complaint_qr", {}),
        ("eit_qr", {}),
        ("visitor_stats", {}),
        ("links", {"heading": "หน่วยงานที่เกี่ยวข้อง", "links": external}),
    ]
    home.bottom = [("news", {"count": 4}), ("procurement", {"count": 3}), ("links", {"links": external})]
    publish_validated(home)


def load(site, stdout) -> None:
    home = site.root_page.specific
    load_homepage(site, home)
    load_menu(site, home, stdout)
    # Last: the English homepage's widgets point at pages the earlier parts translated.
    en = english_locale()
    if en is not None:
        ensure_english(site.root_page.specific, en, ENGLISH)
    stdout.write("home: regions filled with every widget")
