"""Compare: 2 to 10 runs overlaid on any metric, labelled by the params that tell them apart;
given a comparison's parent run (``?parent=RUN_ID``), its report first: one row per variant."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboards import common
from dnnlab.dashboard_data import SUMMARY_METRICS, is_per_step, param_diff
from dnnlab.experiment import Comparison, legend_labels

st.title("Compare runs")
uri = common.require_store()
frame = common.recent_runs(uri, 500)
if frame.empty:
    st.info("This tracking store has no runs yet. Train some with `dnnlab train` and refresh.")
    st.stop()

labels = {r["run_id"]: common.run_label(r) for _, r in frame.iterrows()}

# ----------------------------------------------------------------------------- a comparison
parents = common.recent_runs(uri, 100, "tags.compare_metric LIKE '%'")
parent_labels = {r["run_id"]: common.run_label(r) for _, r in parents.iterrows()}
wanted_parent = st.query_params.get("parent")
if wanted_parent and wanted_parent not in parent_labels:
    rec = common.run_record(uri, wanted_parent)
    if rec is not None:
        parent_labels = {wanted_parent: common.run_label(rec)} | parent_labels
options = [None, *parent_labels]
parent = st.selectbox(
    "Comparison (a parent run of dnnlab train with variants or --repeat)", options,
    index=options.index(wanted_parent) if wanted_parent in options else 0,
    format_func=lambda i: "none: pick runs below" if i is None else parent_labels.get(i, i),
    key="compare_parent")
if (parent or None) != (wanted_parent or None):
    if parent:
        st.query_params["parent"] = parent
    else:
        st.query_params.pop("parent", None)

report_runs: list[str] = []
if parent:
    prec = common.run_record(uri, parent)
    doc = common.artifact_json(uri, parent, "comparison.json", common.version_of(prec),
                               prec.get("artifact_uri")) if prec is not None else None
    if not isinstance(doc, dict) or not doc.get("rows"):
        st.warning(f"Run {parent} has no comparison report (comparison.json); it may still be "
                   "running, or it was interrupted before its variants ended.")
    else:
        comparison = Comparison.from_dict(doc)
        st.subheader(f"Comparison on {comparison.metric} "
                     f"({'lower' if comparison.direction == 'min' else 'higher'} is better)")
        titles, cells = comparison.table()
        st.dataframe(pd.DataFrame(cells, columns=titles), hide_index=True, width="stretch",
                     key="compare_report")
        seeds = comparison.repeat
        st.caption(
            f"Best variant: **{comparison.best_variant or '-'}**. "
            + (f"Mean ± std over {seeds} seeds; 'within noise': the paired t-test over the "
               "seeds gives p ≥ 0.05 or the gap is not larger than the seed-to-seed spread."
               if seeds > 1 else "One seed per variant: repeat over seeds (dnnlab train FILE "
               "--repeat 3) before calling one better."))
        report_runs = [r.run_id for r in comparison.rows]
        for r in comparison.rows:
            if r.run_id not in labels:
                rec = common.run_record(uri, r.run_id)
                if rec is not None:
                    labels[r.run_id] = common.run_label(rec)

# ----------------------------------------------------------------------------- the runs
wanted = [r for r in (st.query_params.get("runs") or "").split(",") if r]
if not wanted and report_runs:
    wanted = report_runs[:10]
for rid in wanted:
    if rid not in labels:
        rec = common.run_record(uri, rid)
        if rec is not None:
            labels[rid] = common.run_label(rec)
default = [r for r in wanted if r in labels][:10]
chosen = st.multiselect("Runs (2 to 10)", list(labels), default=default,
                        format_func=lambda i: labels.get(i, i), max_selections=10,
                        key="compare_runs")
if ",".join(chosen) != ",".join(wanted) and not (report_runs and chosen == report_runs[:10]):
    st.query_params["runs"] = ",".join(chosen)
if len(chosen) < 2:
    st.info("Pick 2 to 10 runs to compare (or select them on the Runs page).")
    st.stop()

records = {rid: common.run_record(uri, rid) for rid in chosen}
records = {rid: rec for rid, rec in records.items() if rec is not None}
# a run is named by what differs: "lr=0.3, init=zeros", not by a name the runs share
legend = legend_labels({rid: rec["run_name"] for rid, rec in records.items()},
                       {rid: rec["params"] for rid, rec in records.items()})
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
        missing.append(legend[rid])
        continue
    s = common.run_series(uri, rec, [key])[key]
    common.add_line(fig, s, legend[rid], log_y=log_y,
                    mode="lines+markers" if len(s.steps) <= 60 else "lines")
x_title = "optimisation step" if is_per_step(key) else "epoch (step as logged)"
common.layout(fig, f"{key} across {len(records)} runs", x_title, key, height=460, log_y=log_y)
common.show(fig, key="compare_chart")
if any("repeat" in rec["tags"] for rec in records.values()):
    st.caption("A variant run of a seed repeat draws the mean curve over its seeds.")
if missing:
    st.caption(f"Not logged by: {', '.join(missing)}.")

st.subheader("Results")
rows = []
for rid, rec in records.items():
    row = {"run": legend[rid], "status": rec["status"], "run_id": rid}
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
