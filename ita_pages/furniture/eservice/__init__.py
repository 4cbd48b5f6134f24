"""E-Service (O18): the agency's online services, reachable from the main menu."""
