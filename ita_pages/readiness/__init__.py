"""ITA readiness: would each item pass the assessment today, and why not?

An agency must know before the NACC's assessors look which items would fail, in
words an editor understands. This app runs small named rules over the catalogue's
items for one site and year, shows the result in the admin, exports it in ITAS
order and freezes the submitted evidence so that a disputed item can be rechecked
at the link first submitted.
"""
