"""News (O7): the agency's own press releases, with an RSS feed and a homepage widget."""
