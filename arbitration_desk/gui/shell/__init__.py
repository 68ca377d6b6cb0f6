"""The application shell: start-up, the main window, the demo, settings, sign-in and the status bar."""
