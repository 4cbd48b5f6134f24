"""demo.management.commands package."""
