"""The agency's homepage and its profile (name, logo, contact details)."""
