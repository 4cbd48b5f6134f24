"""Template tags for the site chrome."""
