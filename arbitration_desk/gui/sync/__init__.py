"""Sync from the GUI: the controller, its error dialog and the search indexer."""
