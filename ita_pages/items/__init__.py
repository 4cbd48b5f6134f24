"""The item pages: one page type per ITA item, their blocks, forms, panels and rollover.

App label `ita_pages` (kept from before the folders showed the layers, so that migrations,
content types and the catalogue's `page_type` strings stay valid). Imports only the core.
"""
