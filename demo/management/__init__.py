"""demo.management package."""
