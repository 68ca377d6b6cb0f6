"""The desk's side of its sync worker (:mod:`arbitration_desk.sync.worker`): start it, ask it to
sync, relay its progress, answer its questions, read its report.

:meth:`SyncProcess.run` blocks until the sync ends, like :meth:`SyncEngine.run` whose place it takes
in the desk: call it off the GUI thread. It returns the worker's :class:`SyncReport`, or raises what
the engine raised, rebuilt on this side: :class:`TransportError` (offline), :class:`SignInRequired`,
:class:`NotSignedIn`, :class:`CredentialStoreUnavailable`, else :class:`SyncProcessError` with the
worker's reason (a worker that died says so; the next sync starts a new one).

The worker asks for two things only, and gets them only for the member and home it syncs: the
member's refresh token (read, and replaced after each refresh) and the home's data key.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arbitration_desk.children import child_command
from arbitration_desk.cli_log import current_log
from arbitration_desk.domain.phrases import PhrasedError, phrase, said
from arbitration_desk.platform.credentials import REFRESH_TOKEN, SERVICE, SecretStore
from arbitration_desk.platform.errors import CredentialStoreUnavailable
from arbitration_desk.platform.session_file import SessionInfo
from arbitration_desk.platform.urls import normalize_api_url
from arbitration_desk.store.errors import StoreError
from arbitration_desk.store.home import HomeMarker, source_kind
from arbitration_desk.store.keys import KeySource, KeyUnavailableError
from arbitration_desk.sync.report import CancelToken, Progress, SyncReport
from arbitration_desk.sync.worker_protocol import (
    FAILURES,
    Channel,
    ChannelClosed,
    ProtocolError,
    phrase_from_json,
    phrase_to_json,
    progress_from_json,
    report_from_json,
)

log = logging.getLogger(__name__)

WORKER_FLAG = "--sync-worker"
#: Seconds the worker has to end by itself once its input is closed, before it is killed.
CLOSE_TIMEOUT_S = 5.0
#: The answer to a question for anything but the member's refresh token (or the open home's key).
_NOT_NEEDED = phrase("SyncProcess", "the sync process asked for a secret it does not need")


class SyncProcessError(PhrasedError):
    """The sync worker failed (its reason), or could not be started, or ended unexpectedly."""


@dataclass(frozen=True)
class SyncOptions:
    """How the worker's platform client behaves (tests shorten the retries)."""

    #: Tries per request, the first included (0: the contract's default backoff).
    retry_attempts: int = 0


class SyncProcess:
    """One sync worker for one member's home, started at the first :meth:`run`.

    Args:
        home: the home whose store the desk has open.
        keys: where the desk's store found its data key.
        session: the signed-in member.
        options: the worker's client options.
    """

    def __init__(self, home: Path, keys: KeySource, session: SessionInfo, options: SyncOptions | None = None) -> None:
        self.home = home
        self.keys = keys
        self.session = session
        self.options = options or SyncOptions()
        self._account = f"{normalize_api_url(session.api_url)}|{session.username}"
        self._process: subprocess.Popen[bytes] | None = None
        self._channel: Channel | None = None
        self._lock = threading.Lock()  # one run at a time
        self._state = threading.Lock()  # the process and channel, between run(), cancel and close()
        self._closed = False
        self._numbers = itertools.count(1)  # each sync's, so that a late cancel stops no other
        #: What the worker said about its last sync (its process, its collector threshold).
        self.facts: dict[str, Any] = {}

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    # -- running a sync ---------------------------------------------------------------------

    def run(
        self, cancel: CancelToken | None = None, on_progress: Callable[[Progress], None] | None = None
    ) -> SyncReport:
        """One sync in the worker (blocking); see the module's docstring for what it raises."""
        cancel = cancel or CancelToken()
        with self._lock:
            channel = self._started()
            number = next(self._numbers)
            cancel.on_cancel(lambda: self._tell({"t": "cancel", "id": number}))
            self._tell(
                {
                    "t": "sync",
                    "id": number,
                    "home": str(self.home),
                    "api_url": self.session.api_url,
                    "username": self.session.username,
                    "key_source": source_kind(self.keys),
                    "options": {"retry_attempts": self.options.retry_attempts},
                }
            )
            if cancel.cancelled:
                self._tell({"t": "cancel", "id": number})
            try:
                return self._follow(channel, on_progress)
            except ProtocolError as exc:
                status = self._kill()
                if isinstance(exc, ChannelClosed):
                    ended = phrase(
                        "SyncProcess", "the sync process ended unexpectedly (exit status {code})", code=str(status)
                    )
                    raise SyncProcessError(ended) from None
                raise SyncProcessError(said(exc)) from None

    def _follow(self, channel: Channel, on_progress: Callable[[Progress], None] | None) -> SyncReport:
        while True:
            message = channel.receive()
            kind = message["t"]
            if kind == "progress":
                if on_progress is not None:
                    on_progress(progress_from_json(message))
            elif kind == "ask":
                self._answer(message)
            elif kind == "done":
                facts = message.get("facts")
                self.facts = {"pid": self.pid, **(facts if isinstance(facts, dict) else {})}
                return report_from_json(message.get("report"))
            elif kind == "failed":
                reason = phrase_from_json(message.get("error"))
                error = FAILURES.get(str(message.get("kind")))
                raise error(reason) if error is not None else SyncProcessError(reason)

    def _tell(self, message: dict[str, Any]) -> None:
        channel = self._channel
        if channel is not None:
            with contextlib.suppress(ChannelClosed):  # gone: the run in progress reads the end of its output
                channel.send(message)

    # -- the worker's questions -------------------------------------------------------------

    def _answer(self, question: dict[str, Any]) -> None:
        number = question.get("id")
        try:
            value = self._look_up(question)
        except (CredentialStoreUnavailable, KeyUnavailableError, StoreError) as exc:
            self._tell({"t": "answer", "id": number, "error": phrase_to_json(said(exc))})
        else:
            self._tell({"t": "answer", "id": number, "value": value})

    def _look_up(self, question: dict[str, Any]) -> str | None:
        what = question.get("what")
        if what == "key":
            marker = HomeMarker.load(self.home)
            if marker is None or question.get("home_id") != marker.home_id:
                raise KeyUnavailableError(phrase("SyncProcess", "the sync process asked for another home's key"))
            raw = self.keys.load(marker.home_id)
            return raw.hex() if raw is not None else None
        entry = f"{self._account}/{REFRESH_TOKEN}"
        if what != "secret" or question.get("service") != SERVICE or question.get("entry") != entry:
            raise CredentialStoreUnavailable(_NOT_NEEDED)
        secrets = SecretStore(self._account)
        operation, secret = question.get("op"), question.get("secret")
        if operation == "get":
            return secrets.get(REFRESH_TOKEN)
        if operation == "set" and isinstance(secret, str):
            secrets.set(REFRESH_TOKEN, secret)
            return None
        if operation == "delete":
            secrets.delete(REFRESH_TOKEN)
            return None
        raise CredentialStoreUnavailable(_NOT_NEEDED)

    # -- the process ------------------------------------------------------------------------

    def _started(self) -> Channel:
        with self._state:
            if self._closed:
                raise SyncProcessError(phrase("SyncProcess", "the sync process was closed"))
            if self._process is not None and self._process.poll() is None and self._channel is not None:
                return self._channel
            command = child_command(WORKER_FLAG)
            log_file = current_log()
            if log_file is not None:
                command += ["--log", str(log_file)]
            try:
                process = subprocess.Popen(
                    command,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    env=dict(os.environ, PYTHONUNBUFFERED="1"),
                    creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
                )
            except OSError as exc:
                raise SyncProcessError(
                    phrase(
                        "SyncProcess", "the sync process could not be started ({error})", error=exc.strerror or str(exc)
                    )
                ) from exc
            assert process.stdin is not None and process.stdout is not None
            self._process, self._channel = process, Channel(process.stdout, process.stdin)
            log.debug("sync worker started: pid %d", process.pid)
            return self._channel

    def close(self) -> None:
        """Ends the worker and starts no other; does not wait for it.

        The worker's input is closed: it cancels a sync under way (the run in progress returns its
        report) and ends; one that has not ended after :data:`CLOSE_TIMEOUT_S` is killed. The worker
        holds no database open between syncs, so the home can be erased at once.
        """
        with self._state:
            self._closed = True
            process, self._process, self._channel = self._process, None, None
        if process is None:
            return
        if process.stdin is not None:
            with contextlib.suppress(OSError):
                process.stdin.close()
        threading.Thread(target=self._reap, args=(process,), name="sync-worker-reaper", daemon=True).start()

    def _reap(self, process: subprocess.Popen[bytes]) -> None:
        try:
            process.wait(CLOSE_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        with self._lock:  # a run in progress has read the worker's last words
            _close_streams(process)
        log.debug("sync worker ended: status %s", process.returncode)

    def _kill(self) -> int | None:
        """Kills the worker at once (it broke the protocol or died); returns its exit status."""
        with self._state:
            process, self._process, self._channel = self._process, None, None
        if process is None:
            return None
        if process.poll() is None:
            process.kill()
        process.wait()
        _close_streams(process)
        return process.returncode


def _close_streams(process: subprocess.Popen[bytes]) -> None:
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
