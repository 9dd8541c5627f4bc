"""claims tracker: the Streamlit entry point. Run `python -m streamlit run app.py`.

Pages live in app_pages/; the library in claims/ does the work. CLAIMS_DATA picks the claims file.
"""
from __future__ import annotations

import streamlit as st

from claims import access

st.set_page_config(page_title="claims tracker", layout="wide")

pages = [st.Page("app_pages/dashboard.py", title="Dashboard", default=True)]
editing = access.load_config()
access.report(editing)  # a misconfigured CLAIMS_EDITING is logged on the server, and editing stays off
if editing.editing:  # editors only: read-only unless CLAIMS_EDITING is local or login (README, "Who may write")
    pages.append(st.Page("app_pages/add_claims.py", title="Add claims"))
st.navigation(pages).run()
