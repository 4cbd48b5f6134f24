"""A page type used only by the API tests (installed by config/settings/test.py).

Why: the API's StreamField serialisation must work for any page type; this one has
one block of each kind that needs special handling (images, documents, pages,
nested structs and lists, rich text) without depending on other apps' page types.
"""
