"""Widgets and helpers every part of the GUI uses: worker threads, literal text, tooltips, icons, case formatting."""
