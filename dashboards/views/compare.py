"""Compare: 2 to 10 runs overlaid on any metric, with the params that differ."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboards import common
from dnnlab.dashboard_data import SUMMARY_METRICS, is_per_step, param_diff

st.title("Compare runs")
uri = common.require_store()
frame = common.recent_runs(uri, 500)
if frame.empty:
    st.info("This tracking store has no runs yet. Train some with `dnnlab train` and refresh.")
    st.stop()

labels = {r["run_id"]: common.run_label(r) for _, r in frame.iterrows()}
wanted = [r for r in (st.query_params.get("runs") or "").split(",") if r]
for rid in wanted:
    if rid not in labels:
        rec = common.run_record(uri, rid)
        if rec is not None:
            labels[rid] = common.run_label(rec)
default = [r for r in wanted if r in labels][:10]
chosen = st.multiselect("Runs (2 to 10)", list(labels), default=default,
                        format_func=lambda i: labels.get(i, i), max_selections=10,
                        key="compare_runs")
if ",".join(chosen) != ",".join(wanted):
    st.query_params["runs"] = ",".join(chosen)
if len(chosen) < 2:
    st.info("Pick 2 to 10 runs to compare (or select them on the Runs page).")
    st.stop()

records = {rid: common.run_record(uri, rid) for rid in chosen}
records = {rid: rec for rid, rec in records.items() if rec is not None}
keys = sorted(set().union(*(rec["metrics"] for rec in records.values())))
if not keys:
    st.info("None of these runs logged metrics.")
    st.stop()
count = {k: sum(k in rec["metrics"] for rec in records.values()) for k in keys}
default_key = next((k for k in ("val/loss", "train/epoch_loss", "train/loss", "loss",
                                "val_loss") if count.get(k, 0) >= 2),
                   max(keys, key=lambda k: count[k]))
c1, c2 = st.columns([3, 1])
key = c1.selectbox("Metric", keys, index=keys.index(default_key), key="compare_metric",
                   help="Every metric any chosen run logged; runs without it are listed below")
log_y = c2.toggle("log scale", key="compare_log")

fig = go.Figure()
missing = []
for rid, rec in records.items():
    if key not in rec["metrics"]:
        missing.append(rec["run_name"])
        continue
    s = common.run_series(uri, rec, [key])[key]
    common.add_line(fig, s, f"{rec['run_name']} ({rid[:6]})", log_y=log_y,
                    mode="lines+markers" if len(s.steps) <= 60 else "lines")
x_title = "optimisation step" if is_per_step(key) else "epoch (step as logged)"
common.layout(fig, f"{key} across {len(records)} runs", x_title, key, height=460, log_y=log_y)
common.show(fig, key="compare_chart")
if missing:
    st.caption(f"Not logged by: {', '.join(missing)}.")

st.subheader("Results")
rows = []
for rid, rec in records.items():
    row = {"run": rec["run_name"], "status": rec["status"], "run_id": rid}
    row |= {m: rec["metrics"].get(m) for m in SUMMARY_METRICS if m in rec["metrics"]}
    rows.append(row)
st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")

st.subheader("Params")
show_all = st.toggle("Show all params (not only those that differ)", key="compare_all")
diff = param_diff({f"{rec['run_name']} ({rid[:6]})": rec["params"]
                   for rid, rec in records.items()}, only_different=not show_all)
if diff.empty:
    st.info("The chosen runs have the same params.")
else:
    st.dataframe(diff, width="stretch")
