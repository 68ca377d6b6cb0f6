"""The chat-log timeline: model, index, delegate, view and search hits."""
