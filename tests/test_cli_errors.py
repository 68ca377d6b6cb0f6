"""Every command, given bad input, ends with one clear line and its documented exit code.

Each case runs ``python -m arbitration_desk`` as a subprocess (no terminal, a test-only file
keyring) against loopback endpoints that fail as networks do (tests/helpers/badnet.py), or with
files that are missing, folders, foreign or broken PDFs. Nothing may print a traceback, raw library
text or an unescaped control character. The exit codes are the ones each command's ``--help``
documents (2 is argparse's for a wrong command line).

The cases run in a few parallel subprocesses; ARBITRATION_DESK_TIMEOUT and ARBITRATION_DESK_ATTEMPTS
keep the network cases short.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from rulings.conftest import identity_from
from rulings.samples import make_draft

from arbitration_desk import cli
from arbitration_desk.cli_log import setup_logging
from arbitration_desk.rulings.compose import compose_ruling
from arbitration_desk.rulings.sign import sign_pdf
from arbitration_desk.sandbox.pki import SandboxPki
from helpers import badnet
from helpers.desk import cli_env
from helpers.pdfs import make_pdf
from helpers.sandbox import start_sandbox

#: Library wording that must never reach a person.
RAW = ("Traceback", "Max retries", "ConnectionPool", "urllib3", "NewConnectionError", "Caused by")
WORKERS = 3


@dataclass(frozen=True)
class Case:
    """One command line. ``{name}`` placeholders are filled from the world's addresses and files.

    ``process`` cases run as subprocesses (they prove what a real process prints: logging, no
    terminal, the exit status); the others call ``cli.main`` in this process, which is cheap.
    """

    name: str
    args: tuple[str, ...]
    code: int
    says: str
    stdin: str | None = None  # None: /dev/null (no terminal either)
    home: str = "{home}"
    process: bool = False


LOGIN = ("login", "--username", "chair", "--password-stdin", "--api-url")
CASES = [
    # login: every way of not reaching the platform, no terminal for the password, bad addresses
    Case("login-no-server", (*LOGIN, "https://{closed}"), 1, "cannot reach {closed}: connection refused; check",
         stdin="demo\n", process=True),
    Case("login-timeout", (*LOGIN, "{silent}"), 1, "timed out", stdin="demo\n", process=True),
    Case("login-self-signed", (*LOGIN, "{self_signed}"), 1, "TLS certificate not accepted (self-signed certificate)",
         stdin="demo\n"),
    Case("login-no-tty", ("login", "--api-url", "http://{closed}", "--username", "chair"), 1,
         "no terminal to ask for the password: pass --password-stdin", process=True),
    Case("login-escape-in-host", (*LOGIN, "https://exa\x1b[0mmple.example"), 1, "exa\\x1b[0mmple.example",
         stdin="demo\n"),
    Case("login-refused", (*LOGIN, "http://{closed}"), 1, "connection refused", stdin="demo\n"),
    Case("login-reset", (*LOGIN, "{reset}"), 1, "reset or dropped", stdin="demo\n"),
    Case("login-not-tls", (*LOGIN, "{plain_http}"), 1, "the secure (TLS) connection failed", stdin="demo\n"),
    Case("login-bad-address", (*LOGIN, "https://[bad"), 1, "Not a platform address", stdin="demo\n"),
    Case("login-home-is-a-file", (*LOGIN, "http://{closed}"), 1, "a file is in the way", stdin="demo\n",
         home="{file}"),
    Case("login-usage", ("login", "--api-url", "http://{closed}"), 2, "--username"),
    # sync, cases, logout
    Case("sync-home-is-a-file", ("sync",), 1, "cannot use {file}: a file is in the way", home="{file}", process=True),
    Case("sync-not-signed-in", ("sync",), 1, "not signed in: run `arbitration-desk login` first"),
    Case("cases-store-is-a-folder", ("cases",), 1, "cannot read the local store", home="{broken_home}",
         process=True),
    Case("cases-home-is-a-file", ("cases", "--json"), 1, "a file is in the way", home="{file}"),
    Case("logout-home-is-a-file", ("logout",), 1, "a file is in the way", home="{file}"),
    # export, pin-ca
    Case("export-not-signed-in", ("export", "--out", "{tmp}/out"), 1, "not signed in", process=True),
    Case("export-bad-date", ("export", "--out", "{tmp}/out", "--since", "yesterday"), 2, "not a date"),
    Case("pin-ca-not-hex", ("pin-ca", "--sha256", "xyz"), 1, "not a SHA-256 fingerprint", process=True),
    Case("pin-ca-home-is-a-file", ("pin-ca", "--sha256", "ab" * 32), 1, "a file is in the way", home="{file}"),
    # verify: unreadable, foreign and broken files
    Case("verify-foreign-ca", ("verify", "{foreign}", "--ca", "{ca}"), 1, "Verdict:            NOT VALID",
         process=True),
    Case("verify-truncated", ("verify", "{truncated}", "--ca", "{ca}"), 2, "the PDF cannot be parsed"),
    Case("verify-escape-in-name", ("verify", "{tmp}/bad\x1b[2Jname.pdf", "--ca", "{ca}"), 2,
         "bad\\x1b[2Jname.pdf: No such file or directory", process=True),
    Case("verify-folder", ("verify", "{tmp}", "--ca", "{ca}"), 2, "Is a directory"),
    Case("verify-garbage", ("verify", "{garbage}", "--ca", "{ca}"), 2, "not a PDF file"),
    Case("verify-unsigned", ("verify", "{plain}", "--ca", "{ca}"), 1, "the file carries no signature"),
    Case("verify-ca-is-a-folder", ("verify", "{foreign}", "--ca", "{tmp}"), 2, "no trusted platform CA"),
    Case("verify-no-ca", ("verify", "{foreign}"), 2, "no trusted platform CA"),
    Case("verify-home-is-a-file", ("verify", "{foreign}"), 2, "no trusted platform CA", home="{file}"),
    # sandbox: cannot serve
    Case("sandbox-data-dir-is-a-file", ("sandbox", "--data-dir", "{file}", "--port", "0"), 1, "{file}",
         process=True),
    Case("sandbox-remote", ("sandbox", "--host", "192.0.2.1"), 2, "refusing to listen"),
    Case("sandbox-escape-in-host", ("sandbox", "--host", "192.0.2.1\x1b[2J\r"), 2,
         "refusing to listen on 192.0.2.1\\x1b[2J\\r:"),
]  # fmt: skip


def _run(env: dict[str, str], home: str, args: tuple[str, ...], stdin: str | None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "arbitration_desk", "--home", home, *args],
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _check(result: subprocess.CompletedProcess[str], code: int, says: str) -> None:
    output = result.stdout + result.stderr
    shown = f"exit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
    assert not any(raw in output for raw in RAW), shown
    assert all(char.isprintable() or char == "\n" for char in output), shown  # controls escaped
    assert says in output, shown
    assert result.returncode == code, shown


def _signed_by_a_foreign_ca(directory: Path) -> tuple[bytes, str]:
    """(a ruling signed under another CA, the platform CA's PEM)."""
    platform, foreign = SandboxPki.load_or_create(directory / "pki"), SandboxPki.load_or_create(directory / "foreign")
    pdf = sign_pdf(compose_ruling(make_draft("en")), identity_from(foreign), platform.timestamp)
    return pdf, platform.ca_pem


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    environment = cli_env(tmp_path_factory.mktemp("keyring") / "keyring.json")
    environment.update(ARBITRATION_DESK_TIMEOUT="0.5", ARBITRATION_DESK_ATTEMPTS="2")
    return environment


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The files and failing endpoints the cases name, as placeholder -> value."""
    tmp = tmp_path_factory.mktemp("cli")
    foreign, ca_pem = _signed_by_a_foreign_ca(tmp / "pkis")
    files = {
        "foreign": foreign,
        "truncated": foreign[: len(foreign) // 3],
        "garbage": os.urandom(4096),
        "plain": make_pdf(),
        "file": b"not a folder",
        "ca": ca_pem.encode("ascii"),
    }
    values = {"tmp": str(tmp), "home": str(tmp / "home"), "broken_home": str(tmp / "broken")}
    for name, data in files.items():
        (tmp / name).write_bytes(data)
        values[name] = str(tmp / name)
    (tmp / "broken" / "desk.sqlite3").mkdir(parents=True)  # a folder where the database file goes
    with contextlib.ExitStack() as stack:
        values |= {
            "closed": f"127.0.0.1:{badnet.closed_port()}",
            "silent": stack.enter_context(badnet.silent_server()),
            "reset": stack.enter_context(badnet.resetting_server()),
            "self_signed": stack.enter_context(badnet.self_signed_server(tmp / "tls")),
            "plain_http": stack.enter_context(badnet.plain_http_server()),
        }
        yield values


@pytest.fixture(scope="module")
def results(world: dict[str, str], env: dict[str, str]) -> dict[str, subprocess.CompletedProcess[str]]:
    """Runs the subprocess cases in parallel: name -> what the process did."""

    def run(case: Case) -> tuple[str, subprocess.CompletedProcess[str]]:
        args = tuple(arg.format(**world) for arg in case.args)
        home = case.home.format(**world)
        if case.home == "{home}":  # one home each: commands in parallel on one home refuse (its lock)
            home = f"{home}-{case.name}"
        return case.name, _run(env, home, args, case.stdin)

    with ThreadPoolExecutor(WORKERS) as pool:
        return dict(pool.map(run, [case for case in CASES if case.process]))


@pytest.fixture
def root_handlers() -> Iterator[None]:
    """main() sets up the process's logging; a test calling it in-process puts it back afterwards."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def _in_process(
    case: Case, world: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> subprocess.CompletedProcess[str]:
    monkeypatch.setenv("ARBITRATION_DESK_TIMEOUT", "0.5")
    monkeypatch.setenv("ARBITRATION_DESK_ATTEMPTS", "2")
    monkeypatch.setattr(sys, "stdin", io.StringIO(case.stdin or ""))
    argv = ["--home", case.home.format(**world), *(arg.format(**world) for arg in case.args)]
    try:
        code = cli.main(argv)
    except SystemExit as exc:  # argparse: a wrong command line
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return subprocess.CompletedProcess(argv, code, captured.out, captured.err)


@pytest.mark.usefixtures("root_handlers")
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_gives_one_clear_line(
    case: Case,
    world: dict[str, str],
    results: dict[str, subprocess.CompletedProcess[str]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = results[case.name] if case.process else _in_process(case, world, monkeypatch, capsys)
    _check(result, case.code, case.says.format(**world))


def test_foreign_ca_verdict_comes_without_library_tracebacks(
    results: dict[str, subprocess.CompletedProcess[str]],
) -> None:
    result = results["verify-foreign-ca"]
    assert result.stderr == ""  # pyHanko's logged tracebacks went to the log file
    assert "no chain to the platform CA" in result.stdout


@pytest.mark.slow
def test_commands_against_a_platform_that_went_away(tmp_path: Path, env: dict[str, str]) -> None:
    """Signed in, then the platform is gone: refused, then a server that never answers."""
    home = str(tmp_path / "home")
    with start_sandbox(tmp_path / "sandbox", cases=2) as server:
        login = _run(env, home, (*LOGIN, server.url), "demo\n")
        _check(login, 0, "Signed in as chair")
        address, pin = server.url.removeprefix("http://"), server.ca_fingerprint
    gone = [("sync", "--quiet"), ("export", "--out", str(tmp_path / "out"), "--ca-sha256", pin, "--quiet")]
    for args in gone:  # one after the other: both take the home's lock
        _check(_run(env, home, args, None), 1, f"cannot reach {address}: connection refused")
    with badnet.silent_server(int(address.rsplit(":", 1)[1])):
        _check(_run(env, home, ("sync", "--quiet"), None), 1, f"cannot reach {address}: timed out")
        logout = _run(env, home, ("logout",), None)
        _check(logout, 0, "warning: the platform could not be told (cannot reach")
    assert "Signed out" in logout.stdout


@pytest.mark.usefixtures("root_handlers")
def test_an_unexpected_error_is_one_line_with_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The last resort: an exception no command expected, here from a test-only subcommand."""
    monkeypatch.setitem(cli.SUBCOMMANDS, "explode", ("helpers.cli_explode", "always fails"))
    assert cli.main(["--home", str(tmp_path / "home"), "explode"]) == 1
    captured = capsys.readouterr()
    log = tmp_path / "home" / "logs" / "arbitration-desk.log"
    assert captured.out == ""
    assert captured.err == f"arbitration-desk: internal error: RuntimeError: boom \\x1b[31mred (details in {log})\n"
    assert "Traceback (most recent call last)" in log.read_text(encoding="utf-8")


@pytest.mark.usefixtures("root_handlers")
def test_library_log_records_go_to_the_log_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What pyHanko and other libraries log stays off the terminal; the desk's own warnings show, escaped."""
    log = setup_logging(tmp_path / "home")
    try:
        raise ValueError("path not validated")
    except ValueError:
        logging.getLogger("pyhanko_certvalidator.test").exception("validation error")
    logging.getLogger("arbitration_desk.sync.engine").warning("slow \x1b[2Jdisk\nsecond line")
    captured = capsys.readouterr()
    assert captured.err == "arbitration-desk: warning: slow \\x1b[2Jdisk\n"
    text = log.read_text(encoding="utf-8")
    assert "validation error" in text and "ValueError: path not validated" in text and "slow" in text


@pytest.mark.parametrize("command", ["login", "logout", "sync", "cases", "verify"])
def test_help_documents_the_exit_codes(command: str) -> None:
    parser = cli.build_parser()
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    text = " ".join(commands.choices[command].format_help().split())  # as argparse wraps it
    assert "Exit codes: 0 " in text and "; 1 " in text
