"""claims tracker: the dashboard and the JSON API on one server. Run `python -m streamlit run app.py`.

This file has two roles, told apart by `__name__`:

- `streamlit run app.py` finds the `app = st.App(...)` below (by reading this file's syntax tree) and
  serves it with uvicorn, importing this file as the module `app`: the API's routes (`claims/api.py`,
  under /api/) sit beside the dashboard on the same port.
- Streamlit runs the dashboard script (this same file) as `__main__` for every visitor and rerun, as
  does `streamlit.testing.v1.AppTest.from_file("app.py")`: that run builds the pages.

Pages live in app_pages/; the library in claims/ does the work. CLAIMS_DATA picks the claims file.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

HERE = Path(__file__).resolve().parent


def dashboard() -> None:
    """The page config and navigation: the script Streamlit runs for each visitor."""
    from claims import access

    about = (HERE / "app_pages" / "about.md").read_text(encoding="utf-8")
    st.set_page_config(page_title="claims tracker: estimates compared across reports", layout="wide",
                       page_icon=str(HERE / "assets" / "favicon.png"), menu_items={"About": about})
    pages = [st.Page("app_pages/dashboard.py", title="Dashboard", default=True)]
    editing = access.load_config()
    access.report(editing)  # a misconfigured CLAIMS_EDITING is logged on the server, and editing stays off
    if editing.editing:  # editors only: read-only unless CLAIMS_EDITING is local or login (README, "Who may write")
        pages.append(st.Page("app_pages/add_claims.py", title="Add claims"))
    st.navigation(pages).run()


if __name__ == "__main__":  # the dashboard script, run by Streamlit (or AppTest)
    dashboard()
else:  # imported by `streamlit run app.py` to serve: this file as the script, plus the API
    from claims import api

    app = st.App(HERE / "app.py", routes=api.routes(api.base_path(st.get_option("server.baseUrlPath"))))
