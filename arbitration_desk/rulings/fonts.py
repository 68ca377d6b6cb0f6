"""The bundled fonts now live in :mod:`arbitration_desk.documents.fonts`.

Re-exported here for the rulings layer's callers (docs/decisions/0016).
"""

from __future__ import annotations

from arbitration_desk.documents.fonts import BASE_BOLD as BASE_BOLD
from arbitration_desk.documents.fonts import BASE_FONT as BASE_FONT
from arbitration_desk.documents.fonts import covered as covered
from arbitration_desk.documents.fonts import font_runs as font_runs
from arbitration_desk.documents.fonts import fonts_dir as fonts_dir
from arbitration_desk.documents.fonts import register_fonts as register_fonts
from arbitration_desk.documents.fonts import sanitize as sanitize
from arbitration_desk.documents.fonts import text_width as text_width
