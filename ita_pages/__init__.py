"""ITA: the layers of the product, one folder each; imports point from the top down.

core (agency, catalogue and year, fiscal calendar, publish validation) <- items (the item
pages) <- channels (citizen Q&A and complaints) and furniture (news, menus, visitors,
e-service, procurement) <- api and readiness. See docs/architecture.md.
"""
