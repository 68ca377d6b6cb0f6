"""Validation of what the platform sends, against the contract's shapes.

Everything the platform sends is untrusted. A shape checks types, required fields, patterns and
bounds, drops fields it does not know (the contract says to ignore them) and keeps unknown enum
values as they are (enums may grow). It returns a clean copy or raises :class:`ShapeError` naming
the offending place with a JSON Pointer. Hand-written rather than a JSON Schema engine because it
runs on every message of every chat (hundreds of thousands per sync) and must be lenient on enums.

The machinery is in :mod:`.base`, the contract's primitives (IDs, timestamps, money) in
:mod:`.primitives`, and one module per group of the contract's objects: :mod:`.identity`,
:mod:`.cases`, :mod:`.messages`, :mod:`.annotations`, :mod:`.votes`, :mod:`.rulings`. What a shape
returns is described by the ``TypedDict`` named after the contract's schema in
:mod:`arbitration_desk.domain.payloads` (``CASE_SUMMARY`` returns a ``CaseSummary``).
"""
