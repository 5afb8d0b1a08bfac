"""Runs: every experiment's runs as a sortable, filterable table with diagnosis badges."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboards import common
from dnnlab.dashboard_data import KEY_PARAMS, SUMMARY_METRICS
from dnnlab.diagnose import CODES

st.title("Runs")
uri = common.require_store()
exps = common.experiments(uri)

SORTS = {
    "newest first": "attributes.start_time DESC",
    "oldest first": "attributes.start_time ASC",
    "run name": "attributes.run_name ASC",
    **{f"{m} (high first)": f"metrics.`{m}` DESC" for m in SUMMARY_METRICS},
    **{f"{m} (low first)": f"metrics.`{m}` ASC" for m in SUMMARY_METRICS},
}
STATUSES = ["FINISHED", "FAILED", "KILLED", "RUNNING", "SCHEDULED"]
ROW_PX, VISIBLE_ROWS = 35, 28  # Streamlit's row height; rows shown before the table scrolls


def table_height(n_rows: int) -> int:
    """Every row up to VISIBLE_ROWS, then a scrolling table of that height (Streamlit's
    default shows about ten)."""
    return ROW_PX * (min(n_rows, VISIBLE_ROWS) + 1) + 3


def diagnosis_width(badges: pd.Series) -> int:
    """Pixels for the Diagnosis column: its longest badge list, within 220 to 560."""
    longest = int(badges.fillna("").astype(str).str.len().max() or 0)
    return max(220, min(560, 8 * longest + 24))


def quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def tag_clause(text: str) -> str:
    """``key=value`` -> the tag equals the value; ``key`` -> the run has the tag."""
    if "=" in text:
        key, value = (p.strip() for p in text.split("=", 1))
        if not key:
            raise ValueError(f"tag filter {text!r} has no key; write key=value")
        return f"tags.`{key}` = {quote(value)}"
    return f"tags.`{text.strip()}` IS NOT NULL"


with st.expander("Filter and sort", expanded=True):
    c1, c2, c3 = st.columns(3)
    chosen_exps = c1.multiselect("Experiments", list(exps), default=list(exps),
                                 format_func=lambda i: exps.get(i, i), key="f_exps")
    statuses = c2.multiselect("Status", STATUSES, key="f_status")
    codes = c3.multiselect("Diagnosis findings (runs with all of them)", list(CODES),
                           key="f_codes")
    c4, c5, c6 = st.columns(3)
    tag_text = c4.text_input("Tags (key=value or key; comma separated)", key="f_tags",
                             placeholder="dataset=digits, model_kind=cnn")
    name_text = c5.text_input("Run name contains", key="f_name")
    sort = c6.selectbox("Sort by", list(SORTS), key="f_sort")
    c7, c8, c9 = st.columns(3)
    raw = c7.text_input("MLflow filter (advanced)", key="f_raw",
                        placeholder="metrics.`val/loss` < 0.5")
    page_size = c8.selectbox("Runs per page", [100, 250, 500, 1000], key="f_size")
    hide_children = c9.checkbox("Hide child runs (trials, variants, folds)", key="f_children")

clauses: list[str] = []
problems: list[str] = []
if statuses:  # MLflow has no OR and no IN for status: exclude the statuses not chosen
    clauses += [f"attributes.status != {quote(s)}" for s in STATUSES if s not in statuses]
for code in codes:
    clauses.append(f"tags.`diagnosis.{code}` IS NOT NULL")
for part in [p for p in tag_text.split(",") if p.strip()]:
    try:
        clauses.append(tag_clause(part))
    except ValueError as err:
        problems.append(str(err))
if name_text.strip():
    clauses.append(f"attributes.run_name ILIKE {quote('%' + name_text.strip() + '%')}")
if hide_children:
    clauses.append("tags.`mlflow.parentRunId` IS NULL")
if raw.strip():
    clauses.append(raw.strip())
filter_string = " and ".join(clauses)
for p in problems:
    st.warning(p)

# MLflow pages the results: keep the tokens of the pages seen so far
state_key = (tuple(chosen_exps), filter_string, sort, page_size)
if st.session_state.get("runs_state_key") != state_key:
    st.session_state["runs_state_key"] = state_key
    st.session_state["runs_tokens"] = [None]
tokens: list[str | None] = st.session_state["runs_tokens"]

try:
    frame, next_token = common.runs_page(uri, tuple(chosen_exps), filter_string, (SORTS[sort],),
                                         page_size, tokens[-1])
except Exception as err:  # a malformed filter: MLflow says what is wrong
    text = str(err).strip().splitlines()[0][:300] if str(err).strip() else type(err).__name__
    st.warning(f"MLflow could not apply the filter `{filter_string}`: {text}")
    st.stop()

if frame.empty:
    if filter_string or len(tokens) > 1 or set(chosen_exps) != set(exps):
        st.info("No run matches these filters.")
    else:
        st.info("This tracking store has no runs yet. Train one with "
                "`dnnlab train experiments/digits_cnn.yaml` and refresh.")
    st.stop()

n_failed = int((frame["status"] == "FAILED").sum())
n_findings = int((frame["worst"] >= 1).sum())
m1, m2, m3, m4 = st.columns(4)
m1.metric("Runs on this page", len(frame))
m2.metric("Failed", n_failed)
m3.metric("With warnings or worse", n_findings)
m4.metric("Page", len(tokens))

frame = frame.assign(open="run?run=" + frame["run_id"])
DIAGNOSIS_WIDTH = diagnosis_width(frame["diagnosis"])
params = [p for p in KEY_PARAMS if p in frame]
metrics = [m for m in SUMMARY_METRICS if m in frame]
# the diagnosis right after the name and status: visible without scrolling sideways
columns = ["open", "run_name", "status", "diagnosis", "verdict", "experiment", "dataset",
           "model_kind", "task", *params, *metrics, "failed_step", "study", "trial", "start_time",
           "duration_s", "tool", "run_id"]
columns = [c for c in columns if c in frame]
config = {
    "open": st.column_config.LinkColumn("Open", display_text="open", width="small", pinned=True),
    "run_name": st.column_config.TextColumn("Run", width="medium", pinned=True),
    "status": st.column_config.TextColumn(
        "Status", width="small", help="MLflow's run status; PRUNED: a study trial its pruner "
        "stopped early (FINISHED in MLflow, tag dnnlab.pruned=true)"),
    "diagnosis": st.column_config.TextColumn("Diagnosis", width=DIAGNOSIS_WIDTH,
                                             help="diagnosis.* tags: 🔴 critical, "
                                             "🟠 warning, 🔵 info"),
    "verdict": st.column_config.TextColumn(
        "Verdict", help="diagnosis.verdict tag: healthy, training_problem (fix training first), "
        "generalisation_problem (close the gap to held-out data) or failed"),
    "start_time": st.column_config.DatetimeColumn("Started (UTC)", format="YYYY-MM-DD HH:mm"),
    "duration_s": st.column_config.NumberColumn("Duration (s)", format="%.1f"),
    **{m: st.column_config.NumberColumn(m, format="%.4f") for m in metrics},
}
event = st.dataframe(frame[columns], column_config=config, hide_index=True, width="stretch",
                     height=table_height(len(frame)), on_select="rerun",
                     selection_mode="multi-row", key="runs_table")

selected = [frame.iloc[i]["run_id"] for i in event.selection.rows] if event else []
b1, b2, b3, b4 = st.columns(4)
if len(tokens) > 1 and b1.button("◀ Previous page"):
    tokens.pop()
    st.rerun()
if next_token and b2.button("Next page ▶"):
    tokens.append(next_token)
    st.rerun()
if len(selected) == 1:
    b3.page_link(common.RUN_PAGE, label="Open the selected run", icon=":material/show_chart:",
                 query_params={"run": selected[0]})
    b4.page_link(common.INSPECT_PAGE, label="Inspect its model", icon=":material/visibility:",
                 query_params={"run": selected[0]})
elif 2 <= len(selected) <= 10:
    b3.page_link(common.COMPARE_PAGE, label=f"Compare the {len(selected)} selected runs",
                 icon=":material/compare_arrows:", query_params={"runs": ",".join(selected)})
elif len(selected) > 10:
    b3.caption("Select at most 10 runs to compare.")
else:
    st.caption("Select rows to open a run or compare runs; click a column header to sort this "
               "page. Filters and the sort order above apply to the whole store.")
st.caption("Metric columns hold each run's last logged value: test/ metrics are measured once "
           "at the end (on the restored best weights when early stopping restores them); the "
           "best epoch of every curve is on the run's page.")
