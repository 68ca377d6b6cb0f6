"""The desk's sync worker: a process of its own that runs the sync engine for the desk.

The desk starts it (:mod:`arbitration_desk.sync.process`) and keeps it while a member is signed
in, so each sync finds its imports done and its access token still valid. Its standard input and
output carry the messages of :mod:`arbitration_desk.sync.worker_protocol`; nothing else may write
to its standard output (``print`` goes to standard error here). It ends when its input ends: the
desk closed it, or the desk is gone (a sync under way is cancelled first).

It never reads the credential store: the member's refresh token and the home's data key are the
desk's to give (:func:`ask`), so the demo's and the tests' in-memory stores work as the OS's does.
It opens the home's store for one sync at a time (:meth:`Store.attach`, which never creates or
erases anything) and closes it after, so that sign-out finds no database open here.

Why a process: docs/decisions/0022-the-desk-syncs-in-a-worker-process.md.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import logging
import os
import queue
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from arbitration_desk.cli_log import log_child_to
from arbitration_desk.domain.phrases import phrase, phrase_of, said
from arbitration_desk.platform import credentials
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.errors import CredentialStoreUnavailable
from arbitration_desk.platform.transport import RetryPolicy
from arbitration_desk.store.keys import KeyUnavailableError
from arbitration_desk.store.store import Store
from arbitration_desk.sync import gc_policy
from arbitration_desk.sync.engine import SyncEngine
from arbitration_desk.sync.report import CancelToken, ProgressThrottle
from arbitration_desk.sync.worker_protocol import (
    Channel,
    ChannelClosed,
    ProtocolError,
    failure_kind,
    phrase_from_json,
    phrase_to_json,
    progress_to_json,
    report_to_json,
)

log = logging.getLogger(__name__)

#: The worker's scheduling priority below the desk's (POSIX ``nice``): the desk's GUI thread wins a
#: contended core (docs/decisions/0022-the-desk-syncs-in-a-worker-process.md).
NICE = 5
#: Why the worker's key source refuses to keep or forget a key (only the desk does).
_KEEPS_NO_KEYS = phrase("SyncProcess", "the sync process does not keep keys")


class _Desk:
    """The desk as this process sees it: messages in, messages out, questions answered."""

    def __init__(self, channel: Channel) -> None:
        self.channel = channel
        self.commands: queue.Queue[dict[str, Any] | None] = queue.Queue()
        #: The running sync's number (the desk's) and its token.
        self.running: tuple[object, CancelToken] | None = None
        #: The numbers of syncs the desk cancelled (one may arrive before its sync starts here).
        self.cancelled: set[object] = set()
        self._answers: dict[int, queue.Queue[dict[str, Any]]] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self.closed = False

    def listen(self) -> None:
        """Reads the desk's messages until its end closes (run on a thread of its own)."""
        try:
            while True:
                message = self.channel.receive()
                kind = message["t"]
                if kind == "sync":
                    self.commands.put(message)
                elif kind == "cancel":
                    self._cancel(message.get("id"))
                elif kind == "answer":
                    with self._lock:
                        waiting = self._answers.pop(message.get("id"), None)  # type: ignore[arg-type]
                    if waiting is not None:
                        waiting.put(message)
        except ProtocolError:
            pass  # the end of the input (or garbage): nobody is left to sync for
        finally:
            with self._lock:
                self.closed = True
                waiting_all = list(self._answers.values())
                self._answers.clear()
            for waiting in waiting_all:
                waiting.put({"t": "answer", "error": phrase_to_json(phrase("SyncProcess", "the desk is gone"))})
            self._cancel(None)
            self.commands.put(None)

    def _cancel(self, number: object) -> None:
        """Cancels sync ``number`` (None: whichever runs), now if it runs, else when it starts."""
        with self._lock:
            if number is not None:
                self.cancelled.add(number)
            running = self.running
        if running is not None and (number is None or running[0] == number):
            running[1].cancel()

    def begin(self, number: object) -> CancelToken:
        """The token of sync ``number``, which starts now (cancelled already if the desk said so)."""
        token = CancelToken()
        with self._lock:
            self.running = (number, token)
            cancelled = number in self.cancelled or self.closed
        if cancelled:
            token.cancel()
        return token

    def end(self) -> None:
        with self._lock:
            self.running = None

    def ask(self, what: str, **details: Any) -> Any:
        """Asks the desk for ``what`` and waits for its answer; raises CredentialStoreUnavailable
        with the desk's reason when it has none to give."""
        answer: queue.Queue[dict[str, Any]] = queue.Queue(maxsize=1)
        with self._lock:
            if self.closed:
                raise CredentialStoreUnavailable(phrase("SyncProcess", "the desk is gone"))
            number = next(self._ids)
            self._answers[number] = answer
        self.channel.send({"t": "ask", "id": number, "what": what, **details})
        message = answer.get()
        if "error" in message:
            try:
                reason = phrase_from_json(message["error"])
            except ProtocolError as exc:
                reason = said(exc)
            raise CredentialStoreUnavailable(reason)
        return message.get("value")


class _DeskSecrets:
    """The member's secrets, kept by the desk (``credentials.relay_secrets``)."""

    def __init__(self, desk: _Desk) -> None:
        self.desk = desk

    def get_password(self, service: str, username: str) -> str | None:
        value = self.desk.ask("secret", op="get", service=service, entry=username)
        return value if isinstance(value, str) else None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.desk.ask("secret", op="set", service=service, entry=username, secret=password)

    def delete_password(self, service: str, username: str) -> None:
        self.desk.ask("secret", op="delete", service=service, entry=username)


class _DeskKeys:
    """The home's data key, kept by the desk (a KeySource that can only load)."""

    def __init__(self, desk: _Desk, kind: str) -> None:
        self.desk = desk
        self.kind = kind

    def load(self, home_id: str) -> bytes | None:
        try:
            value = self.desk.ask("key", home_id=home_id)
        except CredentialStoreUnavailable as exc:
            raise KeyUnavailableError(exc.phrase) from exc
        return bytes.fromhex(value) if isinstance(value, str) else None

    def save(self, home_id: str, key: bytes) -> None:
        raise KeyUnavailableError(_KEEPS_NO_KEYS)

    def delete(self, home_id: str) -> None:
        raise KeyUnavailableError(_KEEPS_NO_KEYS)


def _failure(exc: BaseException) -> dict[str, Any]:
    reason = phrase_of(exc)  # every error of ours carries one (a PlatformError's property too)
    if reason is None:
        log.error("the sync failed unexpectedly", exc_info=exc)
        reason = phrase("SyncProcess", "an internal error ({error}); the log has the details", error=type(exc).__name__)
    return {"t": "failed", "kind": failure_kind(exc), "error": phrase_to_json(reason)}


class Worker:
    """Runs the syncs the desk asks for, one at a time, with one platform client per member."""

    def __init__(self, desk: _Desk) -> None:
        self.desk = desk
        self._client: PlatformClient | None = None
        self._client_for: tuple[str, str, int] | None = None

    def serve(self) -> None:
        while (command := self.desk.commands.get()) is not None:
            try:
                answer = self.sync(command)
            except Exception as exc:  # said to the desk; an error not of ours has its traceback logged
                answer = _failure(exc)
            try:
                self.desk.channel.send(answer)
            except ChannelClosed:
                break
        if self._client is not None:
            self._client.close()

    def _client_of(self, api_url: str, username: str, attempts: int) -> PlatformClient:
        wanted = (api_url, username, attempts)
        if self._client is None or self._client_for != wanted:
            if self._client is not None:
                self._client.close()
            retry = RetryPolicy(attempts=attempts) if attempts > 0 else None
            self._client, self._client_for = PlatformClient(api_url, username, retry=retry), wanted
        return self._client

    def sync(self, command: dict[str, Any]) -> dict[str, Any]:
        home, api_url, username, kind = (command.get(key) for key in ("home", "api_url", "username", "key_source"))
        if not all(isinstance(value, str) for value in (home, api_url, username, kind)):
            raise ProtocolError(phrase("SyncProcess", "the desk sent a malformed message (at {where})", where="sync"))
        options = command.get("options")
        attempts = options.get("retry_attempts") if isinstance(options, dict) else None
        attempts = attempts if isinstance(attempts, int) else 0
        client = self._client_of(str(api_url), str(username), attempts)
        token = self.desk.begin(command.get("id"))
        facts: dict[str, Any] = {}

        @contextmanager
        def bulk() -> Iterator[None]:
            with gc_policy.bulk_allocations():
                facts["collector_threshold"] = gc.get_threshold()[0]
                yield

        try:
            with Store.attach(Path(str(home)), _DeskKeys(self.desk, str(kind))) as store:
                engine = SyncEngine(
                    store.sync,
                    store.outbox,
                    store.reads,
                    client,
                    on_progress=ProgressThrottle(lambda progress: self.desk.channel.send(progress_to_json(progress))),
                    bulk_scope=bulk,
                )
                report = engine.run(token)
        finally:
            self.desk.end()
        return {"t": "done", "report": report_to_json(report), "facts": facts}


def main(argv: list[str] | None = None) -> int:
    """Serves the desk on standard input and output until the input ends; ``--log FILE`` is the desk's log."""
    parser = argparse.ArgumentParser(prog="arbitration-desk --sync-worker")
    parser.add_argument("--log", type=Path, help="the desk's log file")
    args = parser.parse_args(argv)
    channel = Channel(sys.stdin.buffer, sys.stdout.buffer)
    sys.stdout = sys.stderr  # a stray print must never reach the desk as a message
    log_child_to(args.log)
    if hasattr(os, "nice"):
        os.nice(NICE)  # before any thread starts: each inherits it
    desk = _Desk(channel)
    credentials.relay_secrets(_DeskSecrets(desk))
    threading.Thread(target=desk.listen, name="desk", daemon=True).start()
    Worker(desk).serve()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
