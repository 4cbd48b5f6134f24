"""Imports point one way, from the top down: demo -> home -> api/readiness/search ->
channels and furniture -> item pages -> core, and nothing in the runtime uses demo or tests.

Why a test: the layering is what lets a feature, a channel or the demo be changed
without touching the rest; an import pointing the wrong way is easy to add and
hard to see in review. Imports are read from the source (see imports.py), so one
made inside a function counts too. The folders are the layers (docs/architecture.md),
so a module's folder says which layer it is in.
"""

from django.apps import apps

from tests.architecture.imports import ROOT, SKIP, imports_of, module_name, python_files, violations, within

# Bottom to top. Who the agency is, the catalogue and its year, the fiscal calendar and
# publish validation; the Thai admin's own look sits beside them and uses no feature.
CORE = ["ita_pages.core", "admin_th"]
ITEMS = ["ita_pages.items"]
# Same height, side by side: neither knows the other.
CHANNELS = ["ita_pages.channels"]
FURNITURE = ["ita_pages.furniture"]
TOP = ["ita_pages.api", "ita_pages.readiness", "search"]
HOME = ["home"]
# What the product runs; demo and tests stand on it, never under it.
RUNTIME = [*CORE, *ITEMS, *CHANNELS, *FURNITURE, *TOP, *HOME, "config"]
CHANNEL_APPS = ["ita_pages.channels.qa", "ita_pages.channels.complaints"]


def _folders(packages):
    return [package.replace(".", "/") for package in packages]


def _wrong_way(layer, above):
    return violations(_folders(layer), above)


def test_the_core_imports_nothing_above_it():
    assert _wrong_way(CORE, [*ITEMS, *CHANNELS, *FURNITURE, *TOP, *HOME]) == []


def test_the_item_pages_import_only_the_core():
    assert _wrong_way(ITEMS, [*CHANNELS, *FURNITURE, *TOP, *HOME]) == []


def test_the_channels_import_the_core_and_the_item_pages_only():
    assert _wrong_way(CHANNELS, [*FURNITURE, *TOP, *HOME]) == []


def test_each_citizen_channel_uses_the_shared_channel_code_not_another_channel():
    for channel in CHANNEL_APPS:
        others = [other for other in CHANNEL_APPS if other != channel]
        assert violations(_folders([channel]), others) == [], channel


def test_the_shared_channel_code_knows_no_channel():
    shared = [path for path in python_files("ita_pages/channels") if not within(module_name(path), CHANNEL_APPS)]
    found = [(module_name(path), name) for path in shared for name in imports_of(path) if within(name, CHANNEL_APPS)]
    assert shared and found == []


def test_the_furniture_imports_the_core_and_the_item_pages_only():
    assert _wrong_way(FURNITURE, [*CHANNELS, *TOP, *HOME]) == []


def test_api_readiness_and_search_never_import_home():
    assert _wrong_way(TOP, HOME) == []


def test_the_runtime_never_imports_demo_or_test_code():
    assert violations(_folders(RUNTIME), ["demo", "tests"]) == []


def test_every_folder_under_ita_pages_is_a_layer():
    """A new package beside the layers would belong to none of them: the test above would not see it."""
    layers = {*CORE, *ITEMS, *CHANNELS, *FURNITURE, *TOP}
    children = [
        path
        for path in (ROOT / "ita_pages").iterdir()
        if path.name not in SKIP and path.name != "__init__.py" and not path.name.startswith(".")
    ]
    assert sorted(f"ita_pages.{path.stem}" for path in children if f"ita_pages.{path.stem}" not in layers) == []


def test_the_item_app_keeps_its_label_in_its_folder():
    """Migrations, content types, permissions and the catalogue's page_type strings name `ita_pages`."""
    config = apps.get_app_config("ita_pages")
    assert config.name == "ita_pages.items"
    assert apps.get_model("ita_pages", "ITASettings").__module__ == "ita_pages.core.assessment"
    assert {apps.get_app_config(label).name for label in ("qa", "complaints", "news", "menus")} == {
        "ita_pages.channels.qa",
        "ita_pages.channels.complaints",
        "ita_pages.furniture.news",
        "ita_pages.furniture.menus",
    }


def test_the_import_reader_sees_imports_inside_functions_and_relative_ones():
    """Guards the guard: the homepage's widgets import features inside methods, relatively or not."""
    blocks = next(path for path in python_files("home") if module_name(path) == "home.blocks.ita")
    assert "ita_pages.furniture.news.models" in imports_of(blocks)
    views = next(path for path in python_files("ita_pages/channels/complaints") if path.name == "views.py")
    assert "ita_pages.channels.complaints.services" in imports_of(views)
    assert violations(["home"], ["ita_pages.furniture.news"]) != []
