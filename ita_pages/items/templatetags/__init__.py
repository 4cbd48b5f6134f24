"""Template tags for ITA pages."""
