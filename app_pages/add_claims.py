"""Add claims (editors only): from a CSV file or from an article, checked row by row, a preview, confirm, undo.

Reviews go the same way (what to add: reviews): a CSV file of reviews, or one review at a time in a
small form that sends its row through the same plan, preview, confirm and undo (reviews.csv beside
the table, `importer.REVIEWS`).

app.py lists this page only when editing is on (claims/access.py). The page checks again, and the
write itself (`importer.apply_import`, `importer.undo_last`) checks permission once more, with the
configuration and the logged-in user as they are at that moment.
"""
from __future__ import annotations

import hashlib
from datetime import date

import pandas as pd
import streamlit as st

from claims import access, article, backend, importer, reviews
from claims.markup import highlight
from claims.writer import claims_csv
from claims.template import column_guide, reviews_column_guide, reviews_csv, reviews_template_csv, template_csv

LIMIT_BYTES = importer.UPLOAD_LIMIT_MB * 1024 * 1024
SHOWN = ["claim_id", "metric", "value", "range", "unit", "publisher", "published", "source_title", "url"]
KEY = "add_claims."  # prefix of this page's session_state keys


def current_editor() -> tuple[access.EditingConfig, access.Editor]:
    """The editing configuration and this session's editor, read now."""
    config = access.load_config()
    return config, access.app_editor(config, st.user.to_dict())


def problem_table(problems) -> pd.DataFrame:
    return pd.DataFrame([{"file": p.file, "row": p.row, "column": p.column, "value": p.value,
                          "message": p.message, "fix": p.fix} for p in problems])


def changes_table(rows, kind: importer.TableKind = importer.CLAIMS) -> pd.DataFrame:
    which = {} if kind is importer.CLAIMS else {"review": [kind.label(r.record) for r in rows for c in r.changes]}
    frame = pd.DataFrame([{"row": r.row, "claim_id": r.claim_id, "column": c.column, "in the table": c.old,
                           "in your file": c.new} for r in rows for c in r.changes])
    for name, values in which.items():
        frame.insert(2, name, values)
    return frame


def show(frame: pd.DataFrame) -> None:
    st.dataframe(frame, hide_index=True, width="stretch")


def confirm() -> None:
    """The confirm button: write the plan the editor was shown (kept from the run that drew it)."""
    cached = st.session_state.pop(KEY + "plan", None)
    if cached is None:
        return
    plan = cached[1]
    _, editor_now = current_editor()  # permission as it is at the moment of writing
    try:
        summary = backend.apply_import(plan, editor_now)
    except importer.StalePlan as exc:  # the next run shows the new preview, to confirm again
        st.session_state[KEY + "notice"] = str(exc)
    except importer.ImportRefused as exc:
        st.session_state[KEY + "failed"] = (str(exc), exc.plan.problems)
    except (access.WriteRefused, importer.Busy) as exc:
        st.session_state[KEY + "failed"] = (str(exc), [])
    except OSError as exc:
        st.session_state[KEY + "failed"] = (f"not saved: {backend.written(target, plan.kind)} could not be written "
                                            f"({exc.strerror or exc}); the table is unchanged", [])
    else:
        changed = summary.plan.added + summary.plan.updated if summary.plan else []
        st.session_state[KEY + "done"] = {
            "text": summary.text(), "added": summary.added, "updated": summary.updated, "kind": plan.kind.name,
            "records": [r.record for r in changed],
            "changes": changes_table(summary.plan.updated, plan.kind) if summary.plan and summary.plan.updated
            else None}
        st.session_state[KEY + "round"] += 1  # a fresh, empty uploader
        st.session_state.pop(KEY + "update", None)
        st.session_state.pop(KEY + "form_csv", None)  # the one-review form is done
        st.cache_data.clear()  # pages that cache the table read it again


UPDATE_LABELS = {
    "claims": ("Update claims whose claim_id is already in the table with other content",
               "Without this, such rows are refused and shown field by field."),
    "reviews": ("Update reviews already in reviews.csv (the same claim, reviewer and date) with other content",
                "Without this, such rows are refused and shown field by field. A review on another date is "
                "added beside the earlier ones."),
}


def review(data: bytes, name: str, kind: importer.TableKind = importer.CLAIMS) -> None:
    """Check `data` (a CSV of claims, or of reviews) against the table: problems, conflicts, preview, confirm."""
    label, help = UPDATE_LABELS[kind.name]
    update = st.checkbox(label, key=KEY + "update", help=help)
    written = backend.written(target, kind)
    plan_key = (hashlib.sha256(data).hexdigest(), name, update, str(target), kind.name, backend.version(target))
    cached = st.session_state.get(KEY + "plan")
    if cached and cached[0] == plan_key:
        plan = cached[1]
    else:
        with st.spinner(f"Checking {name} against {written}…"):
            plan = backend.plan_import(target, data, name=name, update=update, kind=kind)
        st.session_state[KEY + "plan"] = (plan_key, plan)
    for note in plan.notes:
        st.info(note)
    if plan.problems:
        files = ", ".join(sorted({p.file for p in plan.problems}))
        rows = len({(p.file, p.row) for p in plan.problems})
        st.error(f"{len(plan.problems)} problem(s) in {rows} row(s) of {files}: nothing is written until they "
                 "are fixed. Correct the file and upload it again.")
        st.subheader("Problems")
        show(problem_table(plan.problems))
    if plan.conflicts:
        if plan.update:
            st.info(f"{len(plan.conflicts)} {kind.noun}(s) will be updated with the values from your file:")
        elif kind is importer.CLAIMS:
            st.warning(f"{len(plan.conflicts)} row(s) have a claim_id that is already in the table with other "
                       "content. They are refused unless you tick 'Update claims…' above; give new claims "
                       "their own claim_id (or leave it blank).")
        else:
            st.warning(f"{len(plan.conflicts)} row(s) are reviews already in {written} (the same claim, "
                       "reviewer and date) with other content. They are refused unless you tick 'Update "
                       "reviews…' above; a new review of the same claim gets its own date.")
        show(changes_table(plan.conflicts, kind))

    st.subheader("Preview")
    c1, c2, c3 = st.columns(3)
    c1.metric("to add", len(plan.added))
    c2.metric("already in the table" if kind is importer.CLAIMS else f"already in {written}",
              len(plan.skipped))
    c3.metric("to update", len(plan.updated))
    if plan.added and kind is importer.CLAIMS:
        st.caption("To add (ids marked 'made' were blank in your file):")
        show(pd.DataFrame([{"row": r.row, "id": "made" if r.generated else "given",
                            **{c: r.record[c] for c in SHOWN[:SHOWN.index("range") + 1]},
                            "read as": plan.readings.get(r.row, ""),
                            **{c: r.record[c] for c in SHOWN[SHOWN.index("range") + 1:]}} for r in plan.added]))
    elif plan.added:
        st.caption("To add:")
        show(pd.DataFrame([{"row": r.row, **{c: r.record[c] for c in reviews.COLUMNS}} for r in plan.added]))
    if plan.skipped:
        st.caption(f"Already in {'the table' if kind is importer.CLAIMS else written}, skipped:")
        show(pd.DataFrame([{"row": r.row, "same as": r.same_as} for r in plan.skipped]))
    if plan.ok and not plan.writes:
        st.info("Every row is already in the table: there is nothing to add." if kind is importer.CLAIMS else
                f"Every review is already in {written}: there is nothing to add.")

    if failed := st.session_state.pop(KEY + "failed", None):
        st.error(failed[0])
        if failed[1]:
            show(problem_table(failed[1]))
    label = f"Confirm: add {len(plan.added)} and update {len(plan.updated)} {kind.name} in {written}"
    st.button(label, type="primary", disabled=not plan.writes, key=KEY + "confirm", on_click=confirm)



SOURCE_LABELS = {"source_title": "Title", "publisher": "Publisher", "published": "Published (YYYY-MM-DD)",
                 "author": "Author", "url": "Web address", "accessed": "Accessed (YYYY-MM-DD)"}
EDITABLE = ["keep", "value", "reading", "metric", "claimant", "attributed_to", "subject", "unit", "score", "sentence"]


def find_figures(how: str) -> article.Article | None:
    """The article the editor gave, read when they ask; an error shown in place of a traceback."""
    try:
        if how == "paste its text":
            text = st.text_area("The article's text", key=KEY + "text", height=220)
            if st.button("Find the figures", key=KEY + "find_text"):
                return article.from_text(text)
        elif how == "upload a file":
            f = st.file_uploader("A .txt, .html or .pdf file", type=["txt", "html", "htm", "pdf"],
                                 key=KEY + "article_file", max_upload_size=importer.UPLOAD_LIMIT_MB)
            if f is not None and st.button("Find the figures", key=KEY + "find_file"):
                suffix = "." + f.name.rsplit(".", 1)[-1].lower() if "." in f.name else ""
                return article.from_bytes(f.getvalue(), suffix, f.name)
        else:
            url = st.text_input("The article's web address (http or https)", key=KEY + "url")
            if st.button("Find the figures", key=KEY + "find_url"):
                with st.spinner(f"Fetching {url}…"):
                    return article.from_url(url.strip())
    except article.ArticleError as exc:
        st.error(str(exc))
    return None


def from_an_article() -> None:
    """Paste, upload or link an article; keep, correct and import the figures found in it."""
    how = st.radio("The article", ["paste its text", "upload a file", "give its address"], horizontal=True,
                   key=KEY + "how")
    art = find_figures(how)
    if art is not None:
        metrics, table = backend.known_claims(target)
        st.session_state[KEY + "found"] = (art, article.candidates(art, metrics=metrics, table=table),
                                           {m["metric"]: m["unit"] for m in metrics})
        st.session_state.pop(KEY + "article_csv", None)
    found = st.session_state.get(KEY + "found")
    if not found:
        return
    art, cands, metric_units = found
    if not cands:
        st.info("No figure was found in this article.")
        return
    st.subheader(f"{len(cands)} figure{'s' * (len(cands) != 1)} found")
    st.caption("Tick the ones to keep and correct any field; the source fields apply to all of them.")
    fields = {}
    cols = st.columns(3)
    for n, (key, label) in enumerate(SOURCE_LABELS.items()):
        fields[key] = cols[n % 3].text_input(label, value=getattr(art, {"source_title": "title"}.get(key, key)),
                                             key=KEY + "src_" + key)
    frame = pd.DataFrame(article.editor_rows(cands, metric_units), columns=EDITABLE)
    edited = st.data_editor(
        frame, hide_index=True, width="stretch", key=KEY + "editor", disabled=["value", "reading", "score", "sentence"],
        height=min(38 + 35 * len(frame), 38 + 35 * 20),  # up to 20 rows without scrolling
        column_config={"keep": st.column_config.CheckboxColumn("keep", help="import this figure"),
                       "metric": st.column_config.TextColumn("metric", help="an existing metric id, or a new one"),
                       "score": st.column_config.NumberColumn("score", format="%.2f",
                                                              help="check-worthiness: attributed estimates first"),
                       "sentence": st.column_config.TextColumn("sentence", width="large")})
    kept = [row for row in edited.to_dict("records") if row["keep"]]
    with st.expander(f"The {len(kept)} kept figures in their sentences"):
        for row in kept:
            st.markdown("- " + highlight(row["sentence"], row["value"]))
    if st.button(f"Import the {len(kept)} kept one{'s' * (len(kept) != 1)}", type="primary", disabled=not kept,
                 key=KEY + "import_kept"):
        rows = article.kept_rows(kept, fields, cands)
        st.session_state[KEY + "article_csv"] = (claims_csv(rows), f"{fields['source_title'] or 'article'} (kept figures)")
        st.session_state.pop(KEY + "done", None)
    if pending := st.session_state.get(KEY + "article_csv"):
        review(*pending)


def one_review() -> None:
    """A form for one review of one claim; its row goes through the same check, preview, confirm and undo."""
    rows = backend.claims_rows(target)
    claims = {r["claim_id"]: r for r in rows if r["claim_id"]}
    scale = backend.scale_of(target)

    def claim_label(cid: str) -> str:
        r = claims[cid]
        return f"{cid}: '{r['value']}' ({r['publisher']}, {r['published']})"

    with st.form(KEY + "review_form"):
        claim_id = st.selectbox("Claim", list(claims), index=None, format_func=claim_label, key=KEY + "form_claim",
                                placeholder="Choose the claim reviewed (type to search)")
        rating = st.selectbox("Rating", [r.name for r in scale.values()], index=None, key=KEY + "form_rating",
                              placeholder="Choose a rating of the scale",
                              help="\n".join(f"- **{r.name}**: {r.description}" for r in scale.values()))
        explanation = st.text_area("Explanation: why, in a sentence or two a reader can check",
                                   key=KEY + "form_explanation")
        left, right = st.columns(2)
        reviewer = left.text_input("Reviewer", value=editor.email, key=KEY + "form_reviewer")
        reviewed = right.date_input("Reviewed", value=date.today(), max_value=date.today(), key=KEY + "form_reviewed",
                                    format="YYYY-MM-DD")
        url = st.text_input("Address of the published fact-check (http or https), if there is one",
                            key=KEY + "form_url")
        checked = st.form_submit_button("Check this review", key=KEY + "form_check")
    if checked:
        row = {"claim_id": claim_id or "", "rating": rating or "", "explanation": explanation.strip(),
               "reviewer": reviewer.strip(), "reviewed": reviewed.isoformat() if reviewed else "", "url": url.strip()}
        st.session_state[KEY + "form_csv"] = (reviews_csv([row]), "the review form")
        st.session_state.pop(KEY + "done", None)
        st.session_state.pop(KEY + "undone", None)
    if pending := st.session_state.get(KEY + "form_csv"):
        review(*pending, kind=importer.REVIEWS)


def undo(target, kind: importer.TableKind = importer.CLAIMS) -> None:
    """The 'Yes, undo it' button: put the table (or reviews.csv) back as it was before the last import."""
    st.session_state.pop(KEY + "confirm_undo", None)
    _, editor_now = current_editor()
    written = backend.written(target, kind)
    try:
        entry = backend.undo_last(target, editor_now, kind=kind)
    except (importer.UndoRefused, importer.Busy, access.WriteRefused) as exc:
        st.session_state[KEY + "failed_undo"] = str(exc)
    except OSError as exc:
        st.session_state[KEY + "failed_undo"] = f"not undone: {exc.strerror or exc}; {written} is unchanged"
    else:
        st.session_state[KEY + "undone"] = f"Undone: {entry.describe()}. {written} is back as it was before it."
        st.session_state.pop(KEY + "done", None)
        st.session_state.pop(KEY + "plan", None)
        st.cache_data.clear()


def switched() -> None:
    """Another kind of file chosen: what was shown for the other one goes."""
    for name in ("done", "undone", "plan", "failed", "notice", "confirm_undo", "update"):
        st.session_state.pop(KEY + name, None)


st.title("Add claims")

config, editor = current_editor()
if config.problem:
    st.warning(config.problem)
if config.mode == "login" and not editor.email:
    st.info("Log in to add claims: only editors on the allowlist may write to the table.")
    if st.button("Log in"):
        try:
            st.login()
        except Exception as exc:  # e.g. Authlib missing, or [auth] incomplete
            st.error(f"Login is not available: {exc}")
    st.stop()
if reason := access.refusal(editor, config):
    st.error(reason)
    if config.mode == "login":
        st.button("Log out", on_click=st.logout)
    st.stop()

target = backend.location()
what = st.radio("What to add", ["claims", "reviews"], horizontal=True, key=KEY + "kind", on_change=switched,
                help="Reviews are verdicts on claims already in the table; they go to reviews.csv beside it.")
kind = importer.KINDS[what]
written = backend.written(target, kind)
if kind is importer.CLAIMS:
    st.caption(f"Claims are added to `{backend.shown(target)}`. Editing as {editor.label}.")
else:
    where = written if isinstance(target, str) else kind.file_for(target)  # a file's whole path
    st.caption(f"Reviews are added to `{where}`, checked against the claims in `{backend.written(target)}` and the "
               f"rating scale. Editing as {editor.label}.")

with st.expander("Template and column guide"):
    if kind is importer.CLAIMS:
        st.write("Start from the template: one row per claim, the columns below in any order. Leave "
                 "`claim_id` blank and a readable id is made (publisher-year-metric).")
        st.download_button("Download the CSV template", template_csv(), file_name="claims-template.csv",
                           mime="text/csv", on_click="ignore")
        show(pd.DataFrame(column_guide()))
    else:
        st.write("Start from the template: one row per review, the columns below in any order. A claim may be "
                 "reviewed several times; its latest review is its current one. Replace the example row.")
        st.download_button("Download the reviews template", reviews_template_csv(),
                           file_name="reviews-template.csv", mime="text/csv", on_click="ignore")
        show(pd.DataFrame(reviews_column_guide()))
        scale = backend.scale_of(target)
        st.caption("Ratings: " + "; ".join(f"**{r.name}**" + (" (a status)" if not r.verdict else "")
                                           for r in scale.values()))

if notice := st.session_state.pop(KEY + "notice", None):
    st.warning(notice)
if undone := st.session_state.get(KEY + "undone"):
    st.success(undone)
if done := st.session_state.get(KEY + "done"):
    st.success(done["text"])
    ids = set(done["added"]) | set(done["updated"])
    if ids and done.get("kind", "claims") == "claims":
        now = backend.claims_rows(target)
        st.subheader("What changed")
        st.caption(f"{backend.written(target)} now holds {len(now):,} claims. The rows added or updated, as now in the table:")
        show(pd.DataFrame([r for r in now if r["claim_id"] in ids], columns=SHOWN + ["notes"]))
    elif ids:
        st.subheader("What changed")
        st.caption(f"The reviews added or updated, as now in {written}:")
        show(pd.DataFrame(done["records"], columns=list(reviews.COLUMNS)))
    if ids and done["changes"] is not None and len(done["changes"]):
        st.caption("Fields updated:")
        show(done["changes"])

st.session_state.setdefault(KEY + "round", 0)
if kind is importer.CLAIMS:
    source = st.radio("Add claims from", ["a CSV file", "an article"], horizontal=True, key=KEY + "source")
else:
    source = st.radio("Add reviews from", ["a CSV file", "one review"], horizontal=True, key=KEY + "review_source")
if source == "a CSV file":
    upload = st.file_uploader(f"CSV file of {kind.name} (up to {importer.UPLOAD_LIMIT_MB} MB)",
                              key=f"{KEY}upload{'' if kind is importer.CLAIMS else '_reviews'}"
                                  f"{st.session_state[KEY + 'round']}",
                              max_upload_size=importer.UPLOAD_LIMIT_MB)
    if upload is not None:
        st.session_state.pop(KEY + "done", None)
        st.session_state.pop(KEY + "undone", None)
        data = upload.getvalue()
        if len(data) > LIMIT_BYTES:
            st.error(f"{upload.name} is {len(data) / 1024 / 1024:.1f} MB; uploads are limited to "
                     f"{importer.UPLOAD_LIMIT_MB} MB. Split it into smaller files, or ask someone with access "
                     f"to the server to run `python -m claims import{' --reviews' * (kind is importer.REVIEWS)}` "
                     "on it.")
            st.stop()
        review(data, upload.name, kind)
elif source == "an article":
    from_an_article()
else:
    one_review()
st.divider()
st.subheader("Recent imports" if kind is importer.CLAIMS else f"Recent imports into {written}")
entries = backend.history(target, kind=kind)
suffix = "" if kind is importer.CLAIMS else "_reviews"
if not entries:
    st.caption(f"No import into this {'table' if kind is importer.CLAIMS else 'file'} is recorded, so there is "
               "nothing to undo.")
else:
    show(pd.DataFrame([{"#": e.seq, "when (UTC)": e.time.replace("T", " ").removesuffix("+00:00"),
                        "editor": e.editor, "file": e.source, "added": len(e.added), "updated": len(e.updated),
                        "skipped": e.skipped} for e in reversed(entries)]))
    last = entries[-1]
    if failed_undo := st.session_state.pop(KEY + "failed_undo", None):
        st.error(failed_undo)
    if st.session_state.get(KEY + "confirm_undo") != (kind.name, last.seq):
        st.button(f"Undo the last import ({last.source})", key=KEY + "undo" + suffix,
                  on_click=lambda seq=last.seq: st.session_state.__setitem__(KEY + "confirm_undo", (kind.name, seq)))
    else:
        st.warning(f"Undo {last.describe()}? {'The table' if kind is importer.CLAIMS else written} goes back, "
                   "byte for byte, to how it was before it.")
        yes, no = st.columns(2)
        yes.button("Yes, undo it", key=KEY + "undo_yes" + suffix, on_click=undo, args=(target, kind))
        no.button("Cancel", key=KEY + "undo_no" + suffix,
                  on_click=lambda: st.session_state.pop(KEY + "confirm_undo", None))
