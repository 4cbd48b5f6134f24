"""Procurement announcements (O20): imported from e-GP or entered by editors."""
