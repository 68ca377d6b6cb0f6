"""The list of assigned cases: its model, its view and its filters."""
