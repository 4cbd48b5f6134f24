"""The project's headless API: Wagtail API v2, the ITA endpoints and headless preview.

Why an app of its own: the API spans every other app (page types, catalogue,
announcements, Q&A) but must behave the same everywhere: RFC 7807 error bodies,
one pagination convention, cache headers, CORS and no leak of drafts, private pages
or complaint data. Keeping those rules in one place keeps them consistent.
"""
