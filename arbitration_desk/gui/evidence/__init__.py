"""The evidence gallery and viewer: model, delegate, canvas, thumbnails and files."""
