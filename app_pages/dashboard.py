"""Dashboard page: the claims table with each figure's reading, and any data problems."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from claims import paths
from claims.store import read_claims

SHOWN = ["claim_id", "metric", "value", "reading", "kind", "publisher", "published", "claimant",
         "attributed_to", "source_title", "url"]

st.title("claims tracker")

source = paths.claims_path()
claims, problems = read_claims(source)

if problems:
    st.warning(f"{len(problems)} problem(s) in {source.name}: the rows concerned are left out below.")
    st.dataframe(pd.DataFrame([{"row": p.row, "column": p.column, "value": p.value, "message": p.message}
                               for p in problems]), hide_index=True, width="stretch")

st.caption(f"{len(claims)} claims from {claims['publisher'].nunique() if len(claims) else 0} publishers "
           f"in {source.name}. Vague phrases are read through data/vague_terms.csv.")
st.dataframe(
    claims[[c for c in SHOWN if c in claims.columns]],
    hide_index=True,
    width="stretch",
    column_config={"url": st.column_config.LinkColumn("url")},
)
