"""claims tracker: the Streamlit entry point. Run `python -m streamlit run app.py`.

Pages live in app_pages/; the library in claims/ does the work. CLAIMS_DATA picks the claims file.
"""
from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="claims tracker", layout="wide")

pages = [st.Page("app_pages/dashboard.py", title="Dashboard", default=True)]
st.navigation(pages).run()
