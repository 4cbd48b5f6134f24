"""Management commands of the home app."""
