"""Pure domain types and rules: standard library only, no Qt; no I/O but :mod:`.files`, the durable write."""
