"""Imports point one way: demo -> home -> features -> core, and nothing in the runtime uses demo.

Why a test: the layering is what lets a feature, a channel or the demo be changed
without touching the rest; an import pointing the wrong way is easy to add and
hard to see in review. Imports are read from the source (see imports.py), so one
made inside a function counts too.
"""

from tests.architecture.imports import imports_of, module_name, python_files, violations, within

# The neutral core: who the agency is, the catalogue and its year, the fiscal calendar,
# publish validation. Everything may import it; it imports no feature.
CORE = ["ita_pages.core", "ita_pages.catalogue", "ita_pages.fiscal"]
# What the product runs. `home` composes the features into the front page.
RUNTIME = ["admin_th", "config", "home", "ita_pages", "search"]
FEATURES = ["ita_pages", "search", "admin_th"]
CHANNELS = ["ita_pages.qa", "ita_pages.complaints"]


def test_features_never_import_home():
    assert violations(FEATURES, ["home"]) == []


def test_the_core_imports_no_feature():
    features = ["ita_pages", "search", "home", "admin_th"]
    found = [(module, name) for module, name in violations(CORE, features) if not within(name, CORE)]
    assert found == []


def test_the_runtime_never_imports_demo_or_test_code():
    assert violations(RUNTIME, ["demo", "tests"]) == []


def test_each_citizen_channel_uses_the_shared_channel_code_not_another_channel():
    for channel in CHANNELS:
        others = [other for other in CHANNELS if other != channel]
        assert violations([channel.replace(".", "/")], others) == [], channel


def test_the_import_reader_sees_imports_inside_functions_and_relative_ones():
    """Guards the guard: the homepage's widgets import features inside methods, relatively or not."""
    blocks = next(path for path in python_files("home") if module_name(path) == "home.blocks.ita")
    assert "ita_pages.news.models" in imports_of(blocks)
    views = next(path for path in python_files("ita_pages/complaints") if path.name == "views.py")
    assert "ita_pages.complaints.services" in imports_of(views)
    assert violations(["home"], ["ita_pages.news"]) != []
