"""The sync engine and the outbox (no Qt)."""
