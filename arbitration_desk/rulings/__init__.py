"""Ruling composition, keys, signing, verification and decision-record export."""
