"""What a catalogue placement means on the site: which homepage region, or the menu.

Why here, in the pure catalogue package: the catalogue names placements with words
("home-bottom", "home-right-qr-code"); the homepage editor, its publish check and the
readiness checker must all read those words the same way, so the meaning of each is
written once, next to the catalogue, and every layer imports it from here.
"""

from __future__ import annotations

MAIN, RIGHT, BOTTOM = "main", "right", "bottom"
# The homepage regions in page order (base.html marks each with `data-region`).
REGIONS = (MAIN, RIGHT, BOTTOM)

# Placement -> the region its widget must sit in; None means "anywhere on the homepage".
HOME_REGION = {
    "home-bottom": BOTTOM,
    "home-right-facebook-banner": RIGHT,
    "home-right-qr-code": RIGHT,
    "site-qr-code": None,
}
PUBLIC_SERVICES_MENU = "home-menu-public-services"


def is_homepage_widget(placement: str) -> bool:
    """True when the item needs a widget on the homepage."""
    return placement in HOME_REGION


def region_for(placement: str) -> str | None:
    """The region an item's widget must sit in (None: any region); KeyError if not a widget."""
    return HOME_REGION[placement]


def widget_items(catalogue):
    """The catalogue's items that need a homepage widget, in catalogue order."""
    return [item for item in catalogue.items if is_homepage_widget(item.placement)]


def menu_items(catalogue):
    """The catalogue's items that the main menu's public-services submenu must link."""
    return [item for item in catalogue.items if item.placement == PUBLIC_SERVICES_MENU]
