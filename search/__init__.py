"""Site search for citizens."""
