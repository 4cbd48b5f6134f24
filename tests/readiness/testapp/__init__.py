"""Test-only page types for the readiness checker (installed by config.settings.test only).

Why: the checker is generic over page types; these small pages exercise every rule
(parts, periods, nil statements, evidence, item-specific rows) without depending on
which indicator pages other branches have landed.
"""
