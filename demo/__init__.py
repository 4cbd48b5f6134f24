"""The fictitious demo agency: loaders that fill a site with content, kept out of the runtime.

Why apart: a production install never runs this code, and no runtime module may
import it (tests/architecture enforces that). `manage.py load_demo_site` builds the
site from the modules here, each with a DEMO_ORDER and a `load(site, stdout)`.
"""
