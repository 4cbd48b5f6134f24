"""Renumbered catalogues for tests: a later year's file, made from this year's."""

import dataclasses


def renumbered(catalogue, **changes):
    """`catalogue` with some items changed, e.g. ``O7={"code": "O28"}`` (a later year's file)."""
    items = tuple(dataclasses.replace(it, **changes.get(it.code, {})) for it in catalogue.items)
    return dataclasses.replace(catalogue, items=items)


def swapped(catalogue, first, second):
    """`catalogue` with the codes of two items swapped: both stay where they are placed."""
    return renumbered(catalogue, **{first: {"code": second}, second: {"code": first}})
