"""Thai admin fixes that catalogues cannot make.

Why: locale/wagtail/ translates every msgid of Wagtail and wagtail-localize,
but a few interface strings never pass through gettext upstream (a hard-coded
aria-label, a form field label derived from its name, two strings built in
wagtail-localize's compiled React code). This app fixes exactly those, each
with a comment naming the upstream spot, so they can be dropped when fixed
upstream.
"""
