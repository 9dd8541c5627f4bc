"""Who may write to the claims table: editing is off unless configuration switches it on.

A dashboard published for readers is read-only. Writing from the app (the Add-claims page, undo)
works only in one of two configured modes:

- ``local``: someone running the app on their own machine, single user, no login;
- ``login``: Streamlit's built-in login (``st.login``, OpenID Connect, configured in the ``[auth]``
  section of ``.streamlit/secrets.toml``) and an allowlist of editors' e-mail addresses.

Configuration comes from the environment, else from Streamlit secrets (root keys of the same names):

    CLAIMS_EDITING = "off" | "local" | "login"          (default "off")
    CLAIMS_EDITORS = "ana@example.org, ben@example.org"  (or a TOML list; only for "login")

The write path itself (`claims.importer.apply_import`, `undo_last`) calls `check_write` with the
editor at the moment of writing and reloads this configuration there, so permission does not rest
on what a page showed earlier. The command line is not gated: whoever can run it on the machine
that holds the file can edit the file with any text editor, so file-system permissions decide.
"""
from __future__ import annotations

import getpass
import logging
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field

ENV_MODE = "CLAIMS_EDITING"
ENV_EDITORS = "CLAIMS_EDITORS"
MODES: tuple[str, ...] = ("off", "local", "login")


@dataclass(frozen=True)
class EditingConfig:
    """Whether and how the app may write.

    mode: "off" (read-only, the default), "local" (single user on their own machine) or "login"
        (st.login plus the allowlist). editors: allowed e-mail addresses, lower-case ("login" only).
    problem: a misconfiguration found while reading it, to show to whoever opens the editing page
        ("" when none); a misconfigured setting always falls back to read-only.
    """

    mode: str = "off"
    editors: frozenset[str] = field(default_factory=frozenset)
    problem: str = ""

    @property
    def editing(self) -> bool:
        """True when the app offers editing at all (the Add-claims page is shown)."""
        return self.mode != "off"


@dataclass(frozen=True)
class Editor:
    """Who is about to write.

    via: "app" (a Streamlit session) or "cli" (a shell on the machine that holds the file).
    email: the verified e-mail of a logged-in app user ("" when nobody is logged in).
    name: a readable name for the record of imports (login name, or "local user").
    """

    via: str
    email: str = ""
    name: str = ""

    @property
    def label(self) -> str:
        """How the editor is named in the record of imports."""
        if self.via == "cli":
            return f"{self.name or 'unknown'} (command line)"
        return self.email or self.name or "local user"


class WriteRefused(PermissionError):
    """Writing is not allowed for this editor under the current configuration; the message says why."""


def _editor_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        items = re.split(r"[\s,;]+", value)
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = [str(v) for v in value]
    else:
        items = [str(value)]
    return [i.strip().casefold() for i in items if i.strip()]


def load_config(environ: Mapping[str, str] | None = None,
                secrets: Mapping[str, object] | None = None) -> EditingConfig:
    """The editing configuration: the environment first, else Streamlit secrets, else read-only.

    `environ` defaults to os.environ; `secrets` to the running app's st.secrets (none outside an app).
    """
    env = os.environ if environ is None else environ
    sec = streamlit_secrets() if secrets is None else secrets

    raw_mode = env.get(ENV_MODE)
    if raw_mode is None or not str(raw_mode).strip():
        raw_mode = sec.get(ENV_MODE, "off")
    mode = str(raw_mode).strip().lower() or "off"
    raw_editors = env.get(ENV_EDITORS)
    if raw_editors is None or not str(raw_editors).strip():
        raw_editors = sec.get(ENV_EDITORS)
    editors = frozenset(_editor_list(raw_editors))

    if mode not in MODES:
        return EditingConfig("off", editors, f"{ENV_MODE}={raw_mode!r} is not one of {', '.join(MODES)}, "
                                             "so editing is off; set it to local or login")
    if mode == "login":
        if not isinstance(sec.get("auth"), Mapping):
            return EditingConfig("off", editors, f"{ENV_MODE}=login needs an [auth] section in "
                                                 ".streamlit/secrets.toml (see the README, 'Who may write'), "
                                                 "so editing is off")
        if not editors:
            return EditingConfig("login", editors, f"{ENV_MODE}=login but {ENV_EDITORS} lists no e-mail "
                                                   "address, so nobody may write; list the editors")
    return EditingConfig(mode, editors)


_reported: set[str] = set()


def report(config: EditingConfig) -> None:
    """Log a misconfiguration once per process (on the server's console), so operators see it."""
    if config.problem and config.problem not in _reported:
        _reported.add(config.problem)
        logging.getLogger("claims.access").warning("%s", config.problem)


def streamlit_secrets() -> Mapping[str, object]:
    """The running app's secrets as a dict; {} outside a Streamlit app or when there is no secrets.toml."""
    st = sys.modules.get("streamlit")
    if st is None:  # not inside an app: secrets do not apply (and importing Streamlit is slow)
        return {}
    try:
        if not st.secrets.load_if_toml_exists():
            return {}
        return st.secrets.to_dict()
    except Exception:  # an unreadable secrets file must not break the read-only dashboard
        return {}


def may_write(user_email: str | None, config: EditingConfig) -> bool:
    """True when someone with this (verified, logged-in) e-mail may write under `config`."""
    if config.mode == "local":
        return True
    if config.mode == "login":
        return bool(user_email) and user_email.strip().casefold() in config.editors
    return False


def app_editor(config: EditingConfig, user: Mapping[str, object]) -> Editor:
    """The editor of an app session, from st.user as a dict (`st.user.to_dict()`).

    In "login" mode only a logged-in user whose address the provider does not call unverified counts
    as having an e-mail (see `_verified`); in "local" mode the editor is the local user.
    """
    if config.mode == "local":
        return Editor("app", name=str(user.get("name") or "local user"))
    email = ""
    if user.get("is_logged_in") is True and _verified(user.get("email_verified")):
        email = str(user.get("email") or "").strip()
    return Editor("app", email=email, name=str(user.get("name") or ""))


def _verified(claim: object) -> bool:
    """OpenID's email_verified, read strictly: true (the JSON boolean, or the string "true" some providers
    send), or absent (a provider that does not say; the allowlist still decides). Anything else —
    false, "false", 0, "0", "no" — is unverified: an address nobody proved is nobody's."""
    if claim is None or claim is True:
        return True
    return isinstance(claim, str) and claim.strip().lower() == "true"


def cli_editor() -> Editor:
    """The editor of a command-line run: the operating-system user."""
    try:
        name = getpass.getuser()
    except Exception:
        name = ""
    return Editor("cli", name=name)


def refusal(editor: Editor, config: EditingConfig) -> str:
    """Why `editor` may not write under `config`, and what to do; "" when they may."""
    if editor.via == "cli" or may_write(editor.email, config):
        return ""
    if config.mode == "off":
        why = config.problem or (f"editing is switched off (the dashboard is read-only); set {ENV_MODE}=local "
                                 "on your own machine, or set up login (README, 'Who may write')")
        return f"not saved: {why}"
    if not editor.email:
        return "not saved: log in first; only editors on the allowlist may add claims"
    return (f"not saved: {editor.email} is not on the editors' allowlist ({ENV_EDITORS}); "
            "ask the maintainer to add you")


def check_write(editor: Editor, config: EditingConfig | None = None) -> None:
    """Raise WriteRefused unless `editor` may write now; reloads the configuration unless given one.

    The write path calls this itself, at the moment of writing.
    """
    if not isinstance(editor, Editor):
        raise WriteRefused("not saved: no editor given; every write names who makes it")
    reason = refusal(editor, config if config is not None else load_config())
    if reason:
        raise WriteRefused(reason)
