"""``SandboxServer``: the sandbox platform on 127.0.0.1, for the CLI, tests and the desk's demo mode."""

from __future__ import annotations

import secrets
import shutil
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine

from arbitration_desk.sandbox import (
    endpoints_annotations,
    endpoints_auth,
    endpoints_cases,
    endpoints_pki,
    endpoints_rulings,
    endpoints_votes,
)
from arbitration_desk.sandbox.app import Sandbox
from arbitration_desk.sandbox.control import SandboxControl
from arbitration_desk.sandbox.cursors import CursorCodec
from arbitration_desk.sandbox.db import make_engine
from arbitration_desk.sandbox.faults import FaultInjector
from arbitration_desk.sandbox.files import FileStore
from arbitration_desk.sandbox.httpio import Router, SandboxHTTPServer
from arbitration_desk.sandbox.pki import SandboxPki
from arbitration_desk.sandbox.ratelimit import LoginThrottle, RateLimiter
from arbitration_desk.sandbox.rulings_idem import IdempotencyGuard
from arbitration_desk.sandbox.state import Store
from arbitration_desk.sandbox.tokens import TokenService
from arbitration_desk.sandbox.world import World

#: The data directory's half of the pairing with its database (see ``SandboxServer._check_pairing``).
PAIR_FILE = "DATABASE_PAIR"


def wipe(data_dir: Path, database_url: str | None = None) -> None:
    """Deletes a sandbox's state: the data directory and, with a database URL, the sandbox's tables.

    Raises:
        SandboxError: the database cannot be reached or its tables cannot be dropped.
    """
    if database_url is not None:
        from sqlalchemy.exc import SQLAlchemyError

        from arbitration_desk.sandbox import db

        try:
            engine = make_engine(database_url)
            try:
                db.metadata.drop_all(engine)
            finally:
                engine.dispose()
        except SQLAlchemyError as exc:
            raise SandboxError(f"cannot wipe the database: {exc.__class__.__name__}: {exc}") from exc
    if data_dir.exists():
        shutil.rmtree(data_dir)


class SandboxError(Exception):
    """The sandbox cannot start (bad data directory, database or address)."""


def build_router() -> Router:
    router = Router()
    for module in (
        endpoints_auth,
        endpoints_cases,
        endpoints_annotations,
        endpoints_votes,
        endpoints_rulings,
        endpoints_pki,
    ):
        module.register(router)
    return router


class SandboxServer:
    """The whole sandbox platform: database, PKI, demo world and the HTTP server thread.

    Args:
        data_dir: where the SQLite database, files, PKI and demo keys live.
        world_options: keyword arguments for ``build_world`` (messages_per_case, large_chat, ...).
        world: a ready World to load instead of building one (tests).
        quiet: no progress messages on stderr.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int = 1,
        cases: int = 40,
        database_url: str | None = None,
        faults: float = 0.0,
        rate_limit: float = 20,
        access_ttl: int = 900,
        world_options: dict[str, Any] | None = None,
        fault_seed: int | None = None,
        world: World | None = None,
        verbose: bool = False,
        quiet: bool = False,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.host = host
        self.port = port
        self.seed = seed
        self.cases = cases
        self.database_url = database_url
        self.world_options = dict(world_options or {})
        self._world = world
        self.verbose = verbose
        self.quiet = quiet
        self.faults = FaultInjector(faults, fault_seed)
        self.rate_limit = rate_limit
        self.access_ttl = access_ttl
        self.url = ""
        self._engine: Engine | None = None
        self._httpd: SandboxHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.app: Sandbox | None = None
        self.pki: SandboxPki
        self.ca_fingerprint = ""
        self.control: SandboxControl

    def _log(self, message: str) -> None:
        if not self.quiet:
            print(message, file=sys.stderr, flush=True)

    def start(self) -> SandboxServer:
        """Opens the state (loading the world into an empty database) and serves in a daemon thread."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise SandboxError(f"cannot create the data directory {self.data_dir}: {exc}") from exc
        url = self.database_url or f"sqlite:///{self.data_dir / 'sandbox.db'}"
        self._engine = make_engine(url)
        try:
            self.app = self._build_app(self._engine)
            # Bound before the world loads: its certificates, like every signing certificate, name
            # the CRL at this server's own address (README "Verifying a ruling later"). Requests
            # wait in the listen queue until serving starts.
            self._httpd = SandboxHTTPServer((self.host, self.port), self.app)
            base_url = f"http://{self.host}:{self._httpd.server_address[1]}"
            try:
                self.pki.publish_crl_at(f"{base_url}/v1/pki/crl")
            except ValueError as exc:  # a host that cannot be part of a URL
                raise SandboxError(f"cannot publish the CRL at {base_url}: {exc}") from exc
            self._load_world_if_empty(self.app)
        except OSError as exc:
            self._abandon()
            raise SandboxError(f"cannot serve on {self.host}:{self.port}: {exc}") from exc
        except BaseException:
            self._abandon()
            raise
        self.url = base_url
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="sandbox-http", daemon=True)
        self._thread.start()
        return self

    def _abandon(self) -> None:
        """Closes what a failed :meth:`start` opened."""
        if self._httpd is not None:
            self._httpd.server_close()
            self._httpd = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def _build_app(self, engine: Engine) -> Sandbox:
        store = Store(engine)
        with store.write() as conn:
            self._check_pairing(store, conn)
            secret = store.get_meta(conn, "cursor_secret")
            if secret is None:
                secret = secrets.token_hex(32)
                store.set_meta(conn, "cursor_secret", secret)
            not_before = float(store.get_meta(conn, "cursor_not_before") or 0.0)
        self.pki = SandboxPki.load_or_create(self.data_dir / "pki")
        self.ca_fingerprint = self.pki.ca_fingerprint
        app = Sandbox(
            store=store,
            tokens=TokenService(store, self.access_ttl),
            cursors=CursorCodec(bytes.fromhex(secret), not_before),
            limiter=RateLimiter(self.rate_limit),
            throttle=LoginThrottle(),
            faults=self.faults,
            files=FileStore(self.data_dir / "files"),
            pki=self.pki,
            router=build_router(),
            idempotency=IdempotencyGuard(),
            data_dir=self.data_dir,
            verbose=self.verbose,
        )
        self.control = SandboxControl(app)
        return app

    def _check_pairing(self, store: Store, conn: Any) -> None:
        """The database and the data directory (files, PKI, keys) belong together.

        With ``--database-url`` the two live apart: a database whose world was loaded with another
        data directory would serve a new CA and answer 404 to every evidence download. Each pair
        shares a random token (``meta.data_dir_token`` and ``<data dir>/DATABASE_PAIR``).
        """
        marker = self.data_dir / PAIR_FILE
        token = store.get_meta(conn, "data_dir_token")
        found = marker.read_text(encoding="ascii").strip() if marker.is_file() else None
        loaded = store.get_meta(conn, "loaded") == "1"
        if token is None and (not loaded or (self.data_dir / "pki").is_dir()):
            # a new pair, or one made before the pairing (its world and its PKI side by side)
            token = found or secrets.token_hex(16)
            store.set_meta(conn, "data_dir_token", token)
            marker.write_text(token + "\n", encoding="ascii")
            return
        if token is None or found != token:
            raise SandboxError(
                f"the database holds a world whose files and keys are not in {self.data_dir}; "
                "start with the data directory it was made with, or rebuild both with --reset"
            )

    def _load_world_if_empty(self, app: Sandbox) -> None:
        with app.store.read() as conn:
            if app.store.get_meta(conn, "loaded") == "1":
                return
        from arbitration_desk.sandbox.loader import WorldLoader

        world = self._world
        if world is None:
            from arbitration_desk.sandbox.world import build_world

            self._log(f"sandbox: building the demo world (seed {self.seed}, {self.cases} cases)")
            world = build_world(self.seed, self.cases, **self.world_options)
        WorldLoader(app.store, app.files, app.pki, self.data_dir / "keys", log=self._log).load(world)

    def stop(self) -> None:
        """Stops serving, joins the thread and disposes the engine (idempotent)."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
