"""The rollover: start next year's ITA section from its catalogue and last year's pages.

Why: each year agencies must publish every item again for the new assessment year,
and most content carries over (the structure, the executives, the laws). The
rollover creates the new year's index, gives every item a draft carried forward
from the item it continues (``successor_of`` in the new catalogue) and notes on
each draft what the editor must update for the new year. Last year's pages are not
touched: they stay public at their URLs as the archive assessors recheck. Used by
``manage.py ita_new_year`` and the admin action on the ITA section.
"""

from .carry import ItemOutcome, RolloverError, RolloverResult, new_year

__all__ = ["ItemOutcome", "RolloverError", "RolloverResult", "new_year"]
