"""Ruling documents: the draft and its PDF/A-3b composition (reportlab, pyHanko). Domain imports only,
so that the rulings layer and the sandbox compose the same record (docs/decisions/0016)."""
