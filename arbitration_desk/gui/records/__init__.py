"""Decision records for legal staff: the list, export and verification."""
