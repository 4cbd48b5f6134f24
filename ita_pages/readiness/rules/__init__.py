"""The built-in rules, registered in the order their problems are listed.

Importing this package registers them (the app config does it at start-up).
"""

from . import evidence, items, page, parts, placement, reach  # noqa: F401
