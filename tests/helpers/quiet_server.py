"""A threading HTTP server for test doubles that stays quiet when the client hangs up.

Tests make the client drop connections on purpose (a refused oversized body, a cancelled
download); the standard server prints each such ``ConnectionResetError`` or ``BrokenPipeError``
as a traceback, which buries real failures in the output. Other errors are still printed.
"""

from __future__ import annotations

import sys
from http.server import ThreadingHTTPServer
from typing import Any


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):  # reset, aborted, broken pipe
            return
        super().handle_error(request, client_address)
