"""The Qt desk: widgets, item models, dialogs and workers."""
