"""Pure domain types and rules: standard library only, no I/O, no Qt."""
