"""What the citizen channels share: receipts, rate limits, follow-up and their templates.

Why one package: Q&A (O8), general complaints (O28) and corruption complaints (O29)
all hand a citizen a code to follow their case, limit how often a connection may
try, and look a code up the same way, so a citizen meets the same behaviour and
wording on every channel. Each channel app imports from here; none imports another.
"""
