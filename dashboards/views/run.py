"""Run: curves with the diagnosis drawn on them, per-layer statistics, evaluation, params."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboards import common
from dnnlab.dashboard_data import (
    CURVE_CODES,
    SEVERITY_ICON,
    Series,
    finding_overlays,
    heatmap_bins,
    is_per_step,
    normalise_confusion,
    parse_json,
)
from dnnlab.diagnose import Thresholds
from dnnlab.runs import thresholds_of
from dnnlab.tracking import redact_text

st.title("Run")
uri = common.require_store()
run_id = common.pick_run(uri)
if run_id is None:
    st.info("This tracking store has no runs yet. Train one with "
            "`dnnlab train experiments/digits_cnn.yaml` and refresh.")
    st.stop()
rec = common.run_record(uri, run_id)
if rec is None:
    st.warning(f"Run `{run_id}` is not in this tracking store ({common.redact(uri)}). "
               "Pick another run above.")
    st.stop()

params, tags, latest = rec["params"], rec["tags"], rec["metrics"]
version = common.version_of(rec)
is_dnnlab = "dnnlab_version" in tags
task = tags.get("task")
spe = int(params["steps_per_epoch"]) if params.get("steps_per_epoch", "").isdigit() else None


def entity(r: dict[str, Any]) -> Any:
    """The fields of an MLflow Run that dnnlab.runs reads, from the cached record."""
    return SimpleNamespace(info=SimpleNamespace(status=r["status"], run_id=r["run_id"]),
                           data=SimpleNamespace(params=r["params"], tags=r["tags"]))


VERDICT_BOX = {"healthy": st.success, "generalisation_problem": st.warning,
               "training_problem": st.warning, "failed": st.error}
VERDICT_TITLE = {"healthy": "Healthy", "generalisation_problem": "Generalisation problem",
                 "training_problem": "Training problem", "failed": "Failed"}


# ----------------------------------------------------------------------------- header

st.subheader(rec["run_name"])
exp_name = common.experiments(uri).get(rec["experiment_id"], rec["experiment_id"])
facts = [f"experiment **{exp_name}**", f"status **{rec['status']}**"]
facts += [f"{k} **{tags[k]}**" for k in ("dataset", "model_kind", "task") if tags.get(k)]
facts.append("logged by **dnnlab**" if is_dnnlab
             else f"logged by **{tags.get('mlflow.source.name') or 'another tool'}**")
st.markdown(" · ".join(facts) + f" · `{run_id}`")

if rec["status"] == "FAILED":
    where = f" at step {tags['failed_step']}" if tags.get("failed_step") else ""
    why = f": {tags['stop_reason']}" if tags.get("stop_reason") else ""
    st.warning(f"This run FAILED{where}{why}. The curves below stop there; end-of-run "
               "artifacts (test metrics, confusion matrix, ROC curves) were not logged.")
elif rec["status"] == "RUNNING":
    st.info("This run is still running: the page shows what has been logged so far "
            "(use Refresh data in the sidebar).")
elif rec["status"] == "KILLED":
    st.info("This run was interrupted (KILLED); everything logged until then is shown. "
            f"Continue it with `dnnlab train --resume {run_id}`.")
if tags.get("stop_reason") and rec["status"] == "FINISHED":
    st.caption(f"Stopped: {tags['stop_reason']}")
if not is_dnnlab:
    st.info("This run was not logged by dnnlab, so it may lack dnnlab's names (train/loss, "
            "val/loss, update_ratio/*, ...). Its curves are read by their common names "
            "(loss, val_loss, accuracy, ...) and every logged metric is listed below.")
if not latest:
    st.info("This run has no metrics logged.")
has_val = any(k.startswith("val/") for k in latest) or params.get("n_val", "") not in ("", "0")
if is_dnnlab and not has_val:
    st.info("This run has no validation split (data.val_fraction 0): the charts show the "
            "training curves only, and overfitting cannot be judged.")
if task == "regression":
    st.info("Regression run: its metrics are mse, mae and r2; there is no confusion matrix or "
            "ROC curve.")

summary = [k for k in ("test/accuracy", "test/f1", "test/roc_auc", "test/loss", "test/r2",
                       "test/mse", "val/loss", "val/accuracy") if k in latest][:6]
if summary:
    for col, key in zip(st.columns(len(summary)), summary, strict=True):
        col.metric(key, common.fmt(latest[key]))

# ----------------------------------------------------------------------------- verdict

# one diagnosis everywhere: the run's stored diagnosis.json, else what `dnnlab diagnose` says
try:
    diag_doc, diag_from = common.run_diagnosis(uri, rec)
except Exception as err:  # a store error while reading the history: say so, show the rest
    diag_doc, diag_from = {"findings": []}, "unavailable"
    first = str(err).strip().splitlines()[0][:200] if str(err).strip() else ""
    st.warning(redact_text(f"The diagnosis could not be computed: {type(err).__name__}: {first}"))
diag_source = {
    "stored": "the run's diagnosis.json, written at the end of the run on its whole history",
    "computed": "computed now on the run's whole history, as `dnnlab diagnose` does",
}.get(diag_from, "unavailable")
findings: list[dict[str, Any]] = diag_doc.get("findings", [])
verdict = diag_doc.get("verdict")
not_diagnosed = str(diag_doc.get("summary", "")).startswith("not diagnosed")
if not_diagnosed:
    st.info("Not diagnosed: the run logged too little to judge (no training loss curve, or "
            "too few points of it; see the skipped checks under Diagnosis).")
elif verdict:
    VERDICT_BOX.get(verdict, st.info)(
        f"**{VERDICT_TITLE.get(verdict, verdict)}** · verdict `{verdict}`\n\n"
        f"**Next step:** {diag_doc.get('next_step', '')}")

# ----------------------------------------------------------------------------- data

all_keys = sorted(latest)
data = common.run_series(uri, rec, all_keys) if all_keys else {}
arts = common.artifact_texts(uri, run_id, ("confusion_matrix.json", "roc_curve.csv",
                                            "roc_auc.json"), version)
inputs: dict[str, str] = diag_doc.get("inputs", {}) or {}
th = thresholds_of(entity(rec)) if is_dnnlab else Thresholds()


def role(name: str, default: str) -> str | None:
    """dnnlab's own key; for other tools' runs, the key the diagnosis read for that role."""
    key = default if is_dnnlab else (inputs.get(name) or default)
    return key if key in data else None


train_step = role("train_loss_step", "train/loss")
train_epoch = role("train_loss_epoch", "train/epoch_loss")
val_loss = role("val_loss", "val/loss")

# ----------------------------------------------------------------------------- curves

st.header("Learning curves")
c1, c2 = st.columns([2, 1])
modes = []
if train_epoch or val_loss:
    modes.append("per epoch")
if train_step:
    modes.append("per step")
mode = c1.radio("x axis", modes or ["per epoch"], horizontal=True, key="x_mode")
log_y = c2.toggle("log scale", key="log_y")
unit = "epoch" if mode == "per epoch" else "step"

fig = go.Figure()
if unit == "step":
    if train_step:
        common.add_line(fig, data[train_step], f"{train_step} (mini-batch)", log_y=log_y,
                        color="#1f77b4")
    scale = float(spe) if spe else 1.0
    if train_epoch:
        common.add_line(fig, data[train_epoch], f"{train_epoch} (epoch mean)", x_scale=scale,
                        color="#1f77b4", dash="dash", mode="lines+markers", log_y=log_y)
    if val_loss:
        common.add_line(fig, data[val_loss], val_loss, x_scale=scale, color="#ff7f0e",
                        mode="lines+markers", log_y=log_y)
    x_title = "optimisation step"
else:
    if train_epoch:
        common.add_line(fig, data[train_epoch], train_epoch, color="#1f77b4",
                        mode="lines+markers", log_y=log_y)
    elif train_step and spe:
        common.add_line(fig, data[train_step], f"{train_step} (mini-batch)",
                        x_scale=1.0 / spe, color="#1f77b4", log_y=log_y)
    if val_loss:
        common.add_line(fig, data[val_loss], val_loss, color="#ff7f0e", mode="lines+markers",
                        log_y=log_y)
    x_title = "epoch"
loss_name = tags.get("train.loss") or params.get("train.loss") or "loss"
finite = [v for t in fig.data if t.y is not None for v in t.y if np.isfinite(v)]
common.draw_overlays(fig, finding_overlays(findings, unit, spe, CURVE_CODES),
                     y_default=max(finite) if finite else None)
if fig.data:
    title = "Training vs validation loss" if val_loss else "Training loss (no validation curve)"
    common.layout(fig, title, x_title, f"loss ({loss_name})", height=420, log_y=log_y)
    common.show(fig, key="loss_chart")
else:
    st.info("No loss curve: the run logged none of train/loss, train/epoch_loss, val/loss "
            "(or a common alias such as loss / val_loss).")
note = common.sampled_note(s for k, s in data.items() if k in (train_step, train_epoch, val_loss))
if note:
    st.caption(note)

# train vs val of one metric
names = sorted({k.split("/", 1)[1] for k in data if k.startswith(("train/", "val/"))}
               - {"loss", "epoch_loss"})
if names:
    default = next((n for n in ("accuracy", "r2", "f1") if n in names), names[0])
    metric = st.selectbox("Metric", names, index=names.index(default), key="pair_metric")
    fig = go.Figure()
    for split, color in (("train", "#1f77b4"), ("val", "#ff7f0e"), ("test", "#2ca02c")):
        key = f"{split}/{metric}"
        if key in data:
            common.add_line(fig, data[key], key, color=color, mode="lines+markers")
    common.draw_overlays(fig, finding_overlays(findings, "epoch", spe, ["overfitting"]))
    unit_text = "fraction" if metric not in ("mse", "mae") else "target units (squared for mse)"
    splits = " vs ".join(sp for sp in ("train", "val", "test") if f"{sp}/{metric}" in data)
    common.layout(fig, f"{metric} per epoch: {splits}", "epoch", f"{metric} ({unit_text})")
    common.show(fig, key="pair_chart")

if "lr" in data:
    fig = go.Figure()
    common.add_line(fig, data["lr"], "lr", color="#9467bd")
    common.layout(fig, "Learning rate", "optimisation step", "learning rate", height=260,
                  log_y=True)
    common.show(fig, key="lr_chart")

with st.expander("Any logged metric", expanded=not is_dnnlab):
    if all_keys:
        key = st.selectbox("Metric key", all_keys, key="any_metric")
        fig = go.Figure()
        common.add_line(fig, data[key], key, mode="lines+markers" if len(data[key].steps) < 60
                        else "lines")
        x_unit = "optimisation step" if is_per_step(key) else "step as logged (epoch for dnnlab)"
        common.layout(fig, key, x_unit, key)
        common.show(fig, key="any_chart")
    else:
        st.write("No metrics.")

# ----------------------------------------------------------------------------- diagnosis

st.header("Diagnosis")
st.caption(f"Source: {diag_source}. Findings are ordered cause first: fix the first one "
           "first.")
if not findings:
    if not_diagnosed:
        st.info("Not diagnosed: the run logged too little to judge (see the skipped checks).")
    elif diag_from != "unavailable":
        st.success("No problems found in this run's curves.")
for f in findings:
    ev = f.get("evidence") or {}
    where = ""
    if ev.get("step_range"):
        where = f" — steps {ev['step_range'][0]}–{ev['step_range'][1]}"
    elif ev.get("epoch_range"):
        where = f" — epochs {ev['epoch_range'][0]}–{ev['epoch_range'][1]}"
    icon = SEVERITY_ICON.get(f.get("severity", ""), "⚪")
    with st.container(border=True):
        st.markdown(f"{icon} **{f.get('code')}** ({f.get('severity')}){where} · "
                    f"metrics: {', '.join(map(str, ev.get('metrics', []))) or '—'}")
        st.markdown(f"**What to do:** {f.get('advice', '')}")
        with st.expander("Evidence"):
            st.json(ev, expanded=False)
skipped = diag_doc.get("skipped") or []
if skipped:
    with st.expander(f"Checks that could not run ({len(skipped)})"):
        st.dataframe(pd.DataFrame(skipped), hide_index=True, width="stretch")

# ----------------------------------------------------------------------------- layers


def layer_series(prefix: str) -> dict[str, Series]:
    """The per-layer series of ``prefix``, input to output (the order of ``model.layers``)."""
    found = {k[len(prefix):]: s for k, s in data.items() if k.startswith(prefix)}
    order = {name: i for i, name in enumerate(parse_json(params.get("model.layers"), []) or [])}
    return dict(sorted(found.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


def layer_chart(series: dict[str, Series], unit: Literal["step", "epoch"], codes: list[str],
                title: str, y_title: str, log_y: bool = False, mode: str = "lines") -> go.Figure:
    """One line per layer with the findings of ``codes`` drawn on it."""
    fig = go.Figure()
    for name, line in series.items():
        common.add_line(fig, line, name, log_y=log_y, mode=mode)
    common.draw_overlays(fig, finding_overlays(findings, unit, spe, codes))
    common.layout(fig, title, "optimisation step" if unit == "step" else "epoch", y_title,
                  log_y=log_y)
    return fig


st.header("Inside the network")
ratios, grads, dead = (layer_series("update_ratio/"), layer_series("grad_norm/"),
                       layer_series("dead_relu/"))
if not (ratios or grads or dead):
    st.info("This run logged no per-layer statistics (update_ratio/*, grad_norm/*, "
            "dead_relu/*).")
if ratios:
    centres, layers, z = heatmap_bins(ratios, n_bins=300)
    fig = go.Figure(go.Heatmap(
        x=centres, y=layers, z=z, colorscale="RdBu_r", zmid=-3.0, zmin=-6, zmax=0,
        colorbar={"title": {"text": "log10 ratio"}},
        hovertemplate="step %{x:.0f}<br>%{y}: 10^%{z:.2f}<extra></extra>"))
    common.layout(fig, "Update ratio ‖ΔW‖/‖W‖ per layer over steps (white = 1e-3, red = "
                  "larger, blue = smaller)", "optimisation step", "layer (input → output)",
                  height=max(280, 120 + 28 * len(layers)))
    fig.update_yaxes(autorange="reversed")
    common.show(fig, key="ratio_heatmap")
    fig = layer_chart(ratios, "step", ["update_ratio_high", "update_ratio_low"],
                      "Update ratio per layer", "‖ΔW‖ / ‖W‖ (dimensionless, log)", log_y=True)
    fig.add_hrect(y0=th.update_ratio_low, y1=th.update_ratio_high, fillcolor="#2ca02c",
                  opacity=0.08, line_width=0, annotation_text="healthy range (diagnosis)",
                  annotation_position="top left")
    fig.add_hline(y=1e-3, line_dash="dash", line_color="#2ca02c",
                  annotation_text="1e-3 rule of thumb", annotation_position="bottom right")
    common.show(fig, key="ratio_lines")
if grads:
    fig = layer_chart(grads, "step", ["vanishing_gradients", "exploding_gradients"],
                      "Gradient norm per layer (before clipping)", "‖∂L/∂W‖ (L2 norm, log)",
                      log_y=True)
    common.show(fig, key="grad_chart")
if dead:
    fig = layer_chart(dead, "epoch", ["dead_relu"], "Dead ReLU units per activation layer",
                      "fraction of units never active (0–1)", mode="lines+markers")
    fig.add_hline(y=th.dead_relu_fraction, line_dash="dash", line_color="#d62728",
                  annotation_text=f"dying-ReLU limit {th.dead_relu_fraction:.0%}")
    fig.update_yaxes(range=[-0.02, 1.02])
    common.show(fig, key="dead_chart")
if ratios or grads:
    note = common.sampled_note(list(ratios.values()) + list(grads.values()))
    if note:
        st.caption(note)

# ----------------------------------------------------------------------------- evaluation

st.header("Evaluation")
cm = parse_json(arts["confusion_matrix.json"])
roc_text = arts["roc_curve.csv"]
auc_doc = parse_json(arts["roc_auc.json"]) or {}
if isinstance(cm, dict) and cm.get("matrix"):
    labels = [str(x) for x in cm.get("labels") or range(len(cm["matrix"]))]
    counts = np.asarray(cm["matrix"], dtype=float)
    norm = normalise_confusion(counts)
    split = cm.get("split", "test")
    col1, col2 = st.columns(2)
    for col, z, title, text_fmt, ztitle in (
            (col1, counts, f"Confusion matrix ({split} split, counts)", "%{z:.0f}", "samples"),
            (col2, norm, f"Confusion matrix ({split} split, normalised by true class)",
             "%{z:.2f}", "fraction of the true class")):
        fig = go.Figure(go.Heatmap(x=labels, y=labels, z=z, colorscale="Blues",
                                   texttemplate=text_fmt, colorbar={"title": {"text": ztitle}},
                                   hovertemplate="true %{y}, predicted %{x}: %{z}"
                                   "<extra></extra>"))
        common.layout(fig, title, "predicted class", "true class", height=420)
        fig.update_yaxes(autorange="reversed", type="category")
        fig.update_xaxes(type="category")
        with col:
            common.show(fig, key=f"cm_{ztitle[:4]}")
elif task == "regression":
    st.caption("Regression: no confusion matrix or ROC curve.")
elif not is_dnnlab:
    st.caption("No confusion_matrix.json or roc_curve.csv artifacts (dnnlab logs them when a "
               "classification run finishes).")
else:
    st.info("No confusion matrix: it is logged when a classification run finishes.")
if roc_text:
    from io import StringIO

    roc = pd.read_csv(StringIO(roc_text))
    aucs = (auc_doc.get("auc") or {}) if isinstance(auc_doc, dict) else {}
    fig = go.Figure()
    for cls, part in roc.groupby("class", sort=False):
        auc = aucs.get(str(cls))
        label = f"class {cls} (AUC {auc:.3f})" if isinstance(auc, (int, float)) else f"class {cls}"
        fig.add_trace(go.Scatter(x=part["fpr"], y=part["tpr"], mode="lines", name=label))
    fig.add_trace(go.Scatter(x=[0, 1], y=[0, 1], mode="lines", name="chance",
                             line={"dash": "dot", "color": "grey"}))
    split = auc_doc.get("split", "test") if isinstance(auc_doc, dict) else "test"
    common.layout(fig, f"ROC curves ({split} split, one-vs-rest)",
                  "false positive rate (fraction)", "true positive rate (fraction)", height=460)
    fig.update_layout(hovermode="closest")
    common.show(fig, key="roc_chart")

# ----------------------------------------------------------------------------- params

st.header("Params and tags")
p1, p2 = st.columns(2)
p1.dataframe(pd.DataFrame(sorted(params.items()), columns=["param", "value"]), hide_index=True,
             width="stretch", height=360)
shown_tags = sorted((k, v) for k, v in tags.items() if not k.startswith("mlflow.")
                    and k != "diagnosis.summary")
p2.dataframe(pd.DataFrame(shown_tags, columns=["tag", "value"]), hide_index=True,
             width="stretch", height=360)
c1, c2 = st.columns(2)
c1.page_link(common.INSPECT_PAGE, label="Inspect this run's model", icon=":material/visibility:",
             query_params={"run": run_id})
if tags.get("optuna.study_name"):
    c2.page_link(common.STUDY_PAGE, label=f"Study {tags['optuna.study_name']}",
                 icon=":material/tune:", query_params={"study": tags["optuna.study_name"]})
