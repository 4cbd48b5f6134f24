"""Demo agency, part 0: locales, the Thai homepage and its English translation.

The demo is a fictitious sub-district administrative organisation (องค์การบริหาร
ส่วนตำบล, an LAO), clearly marked as demo data. The other modules of this package add
their parts; `manage.py load_demo_site` runs them all in DEMO_ORDER.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, Site

from demo.factories import HomePageFactory
from demo.translation import translate
from home.models import HomePage
from ita_pages.core.models import AgencyKind, AgencyProfile

AGENCY_NAME_TH = "องค์การบริหารส่วนตำบลบ้านสวนสาธิต"
AGENCY_NAME_EN = "Ban Suan Sathit Subdistrict Administrative Organization"
DEMO_MARK_TH = "(ข้อมูลสมมติเพื่อการสาธิต)"
DEMO_MARK_EN = "(fictitious demo data)"
HOME_INTRO_TH = "ยินดีต้อนรับสู่เว็บไซต์ขององค์การบริหารส่วนตำบลบ้านสวนสาธิต หน่วยงานสมมติที่แสดงการเผยแพร่ข้อมูลสาธารณะตามเกณฑ์ ITA"

# The agency's contact facts: the footer and the O5 page both show these, from the profile.
DEMO_CONTACT = {
    "address": "เลขที่ 99 หมู่ 1 ตำบลบ้านสวนสาธิต อำเภอเมืองสาธิต จังหวัดสาธิต 10000",
    "phone": "0 2000 0000",
    "email": "saraban@bansuan-demo.example",
    "map_url": "https://www.openstreetmap.org/?mlat=13.7563&mlon=100.5018#map=16/13.7563/100.5018",
}

DEMO_ACCOUNTS = (
    # username, password, superuser?, groups
    ("demo-admin", "demo-admin-2569", True, ()),
    ("demo-editor", "demo-editor-2569", False, ("Editors", "Moderators")),
)


def ensure_locales() -> tuple[Locale, Locale]:
    th, _ = Locale.objects.get_or_create(language_code="th")
    en, _ = Locale.objects.get_or_create(language_code="en")
    return th, en


def ensure_homepage(th: Locale) -> HomePage:
    """The Thai homepage, replacing Wagtail's placeholder "Welcome" page."""
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(depth=2, locale=th).first()
    if home:
        return home
    for placeholder in root.get_children().filter(content_type__model="page"):
        if not placeholder.get_children().exists():
            placeholder.delete()
    return HomePageFactory(
        parent=root, title=f"{AGENCY_NAME_TH} {DEMO_MARK_TH}", slug="home", locale=th, intro=f"<p>{HOME_INTRO_TH}</p>"
    )


# English for the homepage's texts, by their Thai source text (see demo.translation).
HOME_EN = {
    f"{AGENCY_NAME_TH} {DEMO_MARK_TH}": f"{AGENCY_NAME_EN} {DEMO_MARK_EN}",
    HOME_INTRO_TH: (
        "Welcome to the website of Ban Suan Sathit Subdistrict Administrative "
        "Organization, a fictitious agency showing ITA open-data publishing."
    ),
}


def ensure_english(home: HomePage, en: Locale, strings: dict[str, str] | None = None) -> HomePage:
    """The English homepage, a wagtail-localize translation of the Thai one."""
    return translate(home, en, {**HOME_EN, **(strings or {})})


def ensure_site(home: HomePage) -> Site:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True, root_page=home)
    site.root_page = home
    site.site_name = AGENCY_NAME_TH
    site.save()
    # A fresh copy: `home` may have cached the site root paths from before it was a
    # site's root (its publish check looks its site up), and would then have no URL.
    return Site.objects.select_related("root_page").get(pk=site.pk)


def ensure_profile(site: Site) -> AgencyProfile:
    profile = AgencyProfile.for_site(site)
    profile.name_th = AGENCY_NAME_TH
    profile.name_en = AGENCY_NAME_EN
    profile.kind = AgencyKind.LAO
    profile.is_demo = True
    for name, value in DEMO_CONTACT.items():
        setattr(profile, name, value)
    profile.latitude = "13.756300"
    profile.longitude = "100.501800"
    profile.facebook_url = "https://www.facebook.com/bansuan.demo.example"
    profile.line_url = "https://line.me/R/ti/p/@bansuan-demo"
    profile.save()
    return profile


def ensure_accounts() -> list[tuple[str, str]]:
    """Demo accounts with the admin in Thai; printed by `make run`."""
    from wagtail.users.models import UserProfile

    User = get_user_model()
    accounts = []
    for username, password, is_superuser, groups in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"is_staff": True, "is_superuser": is_superuser, "email": f"{username}@bansuan-demo.example"},
        )
        if created:
            user.set_password(password)
            user.save()
        for name in groups:
            group = Group.objects.filter(name=name).first()
            if group:
                user.groups.add(group)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "th"
        profile.save()
        accounts.append((username, password))
    return accounts


def build_site(stdout) -> Site:
    """Part 0: create the site that every later part receives."""
    th, en = ensure_locales()
    home = ensure_homepage(th)
    ensure_english(home, en)
    site = ensure_site(home)
    ensure_profile(site)
    for username, password in ensure_accounts():
        stdout.write(f"demo account: {username} / {password}")
    return site
