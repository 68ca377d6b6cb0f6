"""The blind vote: the member's panel and the board of votes."""
