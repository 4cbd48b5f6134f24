"""The Django project package (the brief's `site/`; Python's stdlib owns `site`)."""
