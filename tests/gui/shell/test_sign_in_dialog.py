"""The sign-in dialog's error for an unreachable platform is the client's sentence, not a library dump."""

from __future__ import annotations

import pytest

from arbitration_desk.gui.shell.sign_in_dialog import error_text
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.errors import TransportError
from arbitration_desk.platform.transport import RetryPolicy
from helpers import badnet


def test_no_server_reads_as_one_sentence() -> None:
    port = badnet.closed_port()
    client = PlatformClient(f"https://127.0.0.1:{port}", "chair", retry=RetryPolicy(attempts=1))
    with pytest.raises(TransportError) as caught:
        client.sign_in("demo")
    client.close()
    text = error_text(caught.value)
    assert f"cannot reach 127.0.0.1:{port}: connection refused; check the address and port" in text
    assert not any(raw in text for raw in ("Max retries", "HTTPSConnectionPool", "Errno", "urllib3"))
