"""The client of the platform API (requests, tokens, retries, payload validation)."""
