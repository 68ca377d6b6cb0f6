"""The chair's ruling: its state, the dialog, the preview, signing and filing jobs."""
