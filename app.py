"""claims tracker: the Streamlit entry point. Run `python -m streamlit run app.py`.

Pages live in app_pages/; the library in claims/ does the work. CLAIMS_DATA picks the claims file.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from claims import access

HERE = Path(__file__).resolve().parent
ABOUT = (HERE / "app_pages" / "about.md").read_text(encoding="utf-8")

st.set_page_config(page_title="claims tracker: estimates compared across reports", layout="wide",
                   page_icon=str(HERE / "assets" / "favicon.png"), menu_items={"About": ABOUT})

pages = [st.Page("app_pages/dashboard.py", title="Dashboard", default=True)]
editing = access.load_config()
access.report(editing)  # a misconfigured CLAIMS_EDITING is logged on the server, and editing stays off
if editing.editing:  # editors only: read-only unless CLAIMS_EDITING is local or login (README, "Who may write")
    pages.append(st.Page("app_pages/add_claims.py", title="Add claims"))
st.navigation(pages).run()
