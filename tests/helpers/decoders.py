"""Faults for the evidence decoder's child process, made from the test with signals."""

from __future__ import annotations

import os
import signal

from arbitration_desk.gui.evidence.decoder import Decoder


def stop_child(decoder: Decoder) -> int:
    """Stops (SIGSTOP) the decoder's ready child, which then takes a request and never answers; its pid."""
    decoder.wait_ready()
    pid = decoder.pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    return pid
