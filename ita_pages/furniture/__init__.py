"""Site furniture: news, menus, visitor counts, e-services and procurement feeds.

Each is its own app; they build on the core and the item pages, never on a citizen channel.
"""
