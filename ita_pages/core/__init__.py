"""The neutral core every feature builds on: who the agency is and its site-wide settings.

Why a separate app: the item pages, the citizen channels, the site furniture and the
checker all need the agency profile and publish validation, while the homepage
composes those features. Keeping these here lets every import point one way, from
the features down to the core, never back into the homepage app.
"""
