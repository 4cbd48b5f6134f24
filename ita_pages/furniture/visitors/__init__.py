"""Visitor statistics: page views per site and day, counts only."""
