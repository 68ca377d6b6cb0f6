"""The local store: SQLAlchemy models, schema versions, full-text search, evidence blobs."""
