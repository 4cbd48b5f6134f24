"""The built-in rules, registered in the order their problems are listed.

Importing this package registers them (the app config does it at start-up).
"""

from . import evidence, items, page, parts, period, placement, reach  # noqa: F401
