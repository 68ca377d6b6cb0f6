"""Annotations and private notes: their model, the panel and the editing dialog."""
