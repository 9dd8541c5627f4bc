"""Driving the Add claims page in AppTest: what the claims and the reviews tests share."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from claims import backend, importer

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
PAGE = "app_pages/add_claims.py"


def upload(at: AppTest, content: bytes, name: str = "new.csv") -> AppTest:
    at.file_uploader[0].upload(name, content, "text/csv").run()
    assert not at.exception
    return at


def confirm_button(at: AppTest):
    return at.button(key="add_claims.confirm")


def frames(at: AppTest) -> list:
    return [d.value for d in at.dataframe]


def undo_last_import(at: AppTest, where, source: str, kind: importer.TableKind = importer.CLAIMS) -> None:
    """Undo the last import of `kind` from the page, and check the message names it (`source`, local user)."""
    last = backend.history(where, kind=kind)[-1]
    suffix = "_reviews" if kind is importer.REVIEWS else ""
    at.button(key=f"add_claims.undo{suffix}").click().run()
    at.button(key=f"add_claims.undo_yes{suffix}").click().run()
    assert not at.exception
    message = at.success[0].value
    assert message == f"Undone: {last.describe()}. {backend.written(where, kind)} is back as it was before it."
    assert message.startswith("Undone: import ") and \
        f"{source} by local user at " in message
