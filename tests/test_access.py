"""Who may write: off unless configured; local single user; login with an allowlist; checked when writing."""
from __future__ import annotations

import pytest

from claims import access, importer
from claims.access import Editor, EditingConfig, WriteRefused, load_config, may_write
from conftest import TODAY, claim, csv_text

AUTH = {"auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x",
                 "client_id": "id", "client_secret": "secret",
                 "server_metadata_url": "https://accounts.google.com/.well-known/openid-configuration"}}


@pytest.mark.parametrize("env,secrets,mode,editors,problem", [
    ({}, {}, "off", set(), ""),
    ({"CLAIMS_EDITING": "local"}, {}, "local", set(), ""),
    ({"CLAIMS_EDITING": " Local "}, {}, "local", set(), ""),
    ({}, {"CLAIMS_EDITING": "local"}, "local", set(), ""),
    ({"CLAIMS_EDITING": "off"}, {"CLAIMS_EDITING": "local"}, "off", set(), ""),  # the environment wins
    ({}, {"CLAIMS_EDITING": "login", "CLAIMS_EDITORS": ["Ana@Example.org", "ben@example.org"], **AUTH},
     "login", {"ana@example.org", "ben@example.org"}, ""),
    ({"CLAIMS_EDITING": "login", "CLAIMS_EDITORS": "ana@example.org, ben@example.org;cy@example.org"}, AUTH,
     "login", {"ana@example.org", "ben@example.org", "cy@example.org"}, ""),
    ({"CLAIMS_EDITING": "login", "CLAIMS_EDITORS": "ana@example.org"}, {}, "off", {"ana@example.org"},
     "CLAIMS_EDITING=login needs an [auth] section in .streamlit/secrets.toml"),
    ({"CLAIMS_EDITING": "login"}, AUTH, "login", set(), "CLAIMS_EDITORS lists no e-mail address"),
    ({"CLAIMS_EDITING": "yes"}, {}, "off", set(), "CLAIMS_EDITING='yes' is not one of off, local, login"),
])
def test_configuration_comes_from_the_environment_then_the_secrets(env, secrets, mode, editors, problem):
    config = load_config(env, secrets)
    assert (config.mode, set(config.editors)) == (mode, editors)
    assert problem in config.problem and bool(problem) == bool(config.problem)


LOGIN = EditingConfig("login", frozenset({"ana@example.org"}))


@pytest.mark.parametrize("email,config,allowed", [
    ("ana@example.org", LOGIN, True),
    ("  ANA@example.org ", LOGIN, True),
    ("ben@example.org", LOGIN, False),
    ("", LOGIN, False),
    (None, LOGIN, False),
    ("ana@example.org", EditingConfig("off"), False),
    ("", EditingConfig("local"), True),
])
def test_may_write(email, config, allowed):
    assert may_write(email, config) is allowed


@pytest.mark.parametrize("user,email", [
    ({"is_logged_in": True, "email": "ana@example.org"}, "ana@example.org"),
    ({"is_logged_in": True, "email": "ana@example.org", "email_verified": True}, "ana@example.org"),
    ({"is_logged_in": True, "email": "ana@example.org", "email_verified": False}, ""),  # provider did not verify it
    ({"is_logged_in": False, "email": "ana@example.org"}, ""),
    ({"email": "test@example.com"}, ""),  # no login configured: st.user holds no verified identity
    ({}, ""),
])
def test_only_a_logged_in_verified_address_counts(user, email):
    assert access.app_editor(LOGIN, user).email == email


@pytest.mark.parametrize("claim,verified", [
    (True, True), ("true", True), ("TRUE", True), (None, True),
    (False, False), ("false", False), ("False", False), (0, False), ("0", False), (1, False), ("1", False),
    ("", False), ("no", False), ("yes", False), ([], False), ({}, False),
])
def test_email_verified_is_read_strictly(claim, verified):
    user = {"is_logged_in": True, "email": "ana@example.org", "email_verified": claim}
    assert access.app_editor(LOGIN, user).email == ("ana@example.org" if verified else "")
    assert bool(access.refusal(access.app_editor(LOGIN, user), LOGIN)) is not verified


@pytest.mark.parametrize("editor,config,reason", [
    (Editor("app", "ana@example.org"), EditingConfig("off"), "not saved: editing is switched off"),
    (Editor("app"), LOGIN, "not saved: log in first"),
    (Editor("app", "ben@example.org"), LOGIN, "not saved: ben@example.org is not on the editors' allowlist"),
    (Editor("app", "ana@example.org"), LOGIN, ""),
    (Editor("app", name="local user"), EditingConfig("local"), ""),
    (Editor("cli", name="ana"), EditingConfig("off"), ""),  # the command line: file permissions decide
])
def test_refusals_say_why_and_what_to_do(editor, config, reason):
    assert access.refusal(editor, config).startswith(reason) and bool(reason) == bool(access.refusal(editor, config))


# --- the write path checks for itself -----------------------------------------------------------------

@pytest.fixture
def setup(claims_file, tmp_path):
    target = claims_file([claim(1)])
    new = tmp_path / "new.csv"
    new.write_text(csv_text([claim(2)]), encoding="utf-8")
    return target, importer.plan_import(target, new, today=TODAY)


def test_with_editing_off_an_app_write_is_refused_whatever_the_page_did(setup, monkeypatch):
    target, plan = setup
    monkeypatch.delenv(access.ENV_MODE, raising=False)
    before = target.read_bytes()
    assert plan.ok
    for editor in (Editor("app", "ana@example.org"), Editor("app", name="local user")):
        with pytest.raises(WriteRefused, match="editing is switched off"):
            importer.apply_import(plan, editor)
        with pytest.raises(WriteRefused):
            importer.undo_last(target, editor)
    with pytest.raises(WriteRefused, match="no editor given"):
        importer.apply_import(plan, None)
    assert target.read_bytes() == before and not importer.history_dir(target).exists()


def test_permission_is_read_again_at_the_moment_of_writing(setup, monkeypatch):
    """An editor removed from the allowlist after the preview cannot write with it."""
    target, plan = setup
    monkeypatch.setattr(access, "streamlit_secrets", lambda: {"CLAIMS_EDITING": "login", **AUTH})
    monkeypatch.delenv(access.ENV_MODE, raising=False)
    monkeypatch.setenv(access.ENV_EDITORS, "ana@example.org")
    ana = access.app_editor(access.load_config(), {"is_logged_in": True, "email": "ana@example.org"})
    monkeypatch.setenv(access.ENV_EDITORS, "ben@example.org")
    with pytest.raises(WriteRefused, match="ana@example.org is not on the editors' allowlist"):
        importer.apply_import(plan, ana)
    monkeypatch.setenv(access.ENV_EDITORS, "ben@example.org, ana@example.org")
    assert importer.apply_import(plan, ana).added == ("c2",)
    assert importer.history(target)[-1].editor == "ana@example.org"


def test_local_mode_lets_the_app_write(setup, monkeypatch):
    target, plan = setup
    monkeypatch.setenv(access.ENV_MODE, "local")
    assert importer.apply_import(plan, Editor("app", name="local user")).added == ("c2",)


def test_a_misconfiguration_is_logged_once(caplog, monkeypatch):
    monkeypatch.setattr(access, "_reported", set())
    config = load_config({"CLAIMS_EDITING": "on"}, {})
    access.report(config)
    access.report(config)
    assert [r.getMessage() for r in caplog.records] == [config.problem]
