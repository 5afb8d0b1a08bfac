"""Run: curves with the diagnosis drawn on them, per-layer statistics, evaluation, params.

Every chart is drawn with ``st.echarts_chart`` (:mod:`dashboards.charts`): one plotly chart
would load all of plotly.js, about a second of every view of this page in the browser."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, Literal

import numpy as np
import pandas as pd
import streamlit as st

from dashboards import charts, common
from dnnlab.dashboard_data import (
    CURVE_CODES,
    SEVERITY_MARK,
    Series,
    best_epoch,
    curves_by_role,
    finding_overlays,
    heatmap_bins,
    is_per_step,
    log_axis_fits,
    metric_pairs,
    normalise_confusion,
    parse_json,
)
from dnnlab.diagnose import Thresholds
from dnnlab.keys import DEAD_RELU, GRAD_NORM, UPDATE_RATIO, direction
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
no_metrics = not latest
if no_metrics:
    st.info("This run has no metrics logged: there are no curves to draw and nothing to "
            "diagnose.")
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
if no_metrics:
    pass  # said above: no verdict on nothing
elif not_diagnosed:
    st.info("Not diagnosed: the run logged too little to judge (no training loss curve, or "
            "too few points of it; see the skipped checks under Diagnosis).")
elif verdict:
    VERDICT_BOX.get(verdict, st.info)(
        f"**{VERDICT_TITLE.get(verdict, verdict)}** · verdict `{verdict}`\n\n"
        f"**Next step:** {diag_doc.get('next_step', '')}")

# ----------------------------------------------------------------------------- data

all_keys = sorted(latest)
# the per-layer series (most of a long run's points) are read by the tab that draws them
LAYER_PREFIXES = (UPDATE_RATIO, GRAD_NORM, DEAD_RELU)
data = common.run_series(uri, rec, [k for k in all_keys if not k.startswith(LAYER_PREFIXES)])
th = thresholds_of(entity(rec)) if is_dnnlab else Thresholds()
# the curves by the roles the diagnosis read them in (other tools' names, per-epoch values
# logged at the global step mapped to epochs through their `epoch` metric)
curves = curves_by_role(data, spe, dnnlab=is_dnnlab)
spe_any = spe or curves.steps_per_epoch
train_step, train_epoch, val_loss = (curves.get(r) for r in ("train_loss_step",
                                                              "train_loss_epoch", "val_loss"))


def on_epochs(role: str) -> tuple[Series, float] | None:
    """A per-epoch role on an epoch axis: (series, x scale)."""
    s = curves.get(role)
    if s is None:
        return None
    if curves.epoch_unit.get(role):
        return s, 1.0
    return (s, 1.0 / spe_any) if spe_any else None


def on_steps(role: str) -> tuple[Series, float] | None:
    """A per-epoch role on the step axis: where it was logged when that is a global step,
    else at the end of its epoch."""
    s = curves.get(role)
    if s is None:
        return None
    if not curves.epoch_unit.get(role):
        return s, 1.0  # logged at steps
    if curves.epoch_alignment and role in curves.logged:
        return curves.logged[role], 1.0  # another tool's values at the global step
    return (s, float(spe_any)) if spe_any else None


# the epoch the checkpoint (and early stopping, when it restored it) kept
best: int | None = None
best_how = ""
if is_dnnlab:
    if tags.get("restored_best_epoch", "").isdigit():
        best, best_how = int(tags["restored_best_epoch"]), "restored by early stopping"
    else:
        monitor = params.get("train.early_stopping.monitor") or (
            "val/loss" if "val/loss" in data else "train/epoch_loss")
        mode = params.get("train.early_stopping.mode") or direction(monitor) or "min"
        best = best_epoch(data.get(monitor), "max" if mode == "max" else "min")
        best_how = f"best {monitor}: the checkpoint best.pt"

# ----------------------------------------------------------------------------- tabs

# codes drawn on the charts of the "Inside the network" tab, not on the learning curves
LAYER_CODES = ("update_ratio_high", "update_ratio_low", "vanishing_gradients",
               "exploding_gradients", "dead_relu")


def layer_series(prefix: str) -> dict[str, Series]:
    """The per-layer series of ``prefix``, input to output (the order of ``model.layers``)."""
    read = common.run_series(uri, rec, [k for k in all_keys if k.startswith(prefix)])
    found = {k[len(prefix):]: s for k, s in read.items()}
    order = {name: i for i, name in enumerate(parse_json(params.get("model.layers"), []) or [])}
    return dict(sorted(found.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


def explain_below_log_axis(chart: charts.Chart, what: str) -> None:
    """A caption under a log chart for the layers whose values are 0, which it cannot draw."""
    if not chart.below_log_axis:
        return
    parts = ", ".join(f"{name} ({n:,} of its points)" for name, n in chart.below_log_axis.items())
    st.caption(f"Not drawn, as a log axis has no 0: {what} is 0 (or below) for {parts}.")


def layer_chart(series: dict[str, Series], unit: Literal["step", "epoch"], codes: list[str],
                title: str, y_title: str, log_y: bool = False,
                mode: str = "lines") -> charts.Chart:
    """One line per layer with the findings of ``codes`` drawn on it."""
    chart = charts.Chart(title, "optimisation step" if unit == "step" else "epoch", y_title,
                         log_y=log_y)
    for name, line in series.items():
        chart.add_line(line, name, log_y=log_y, mode=mode)
    chart.draw_overlays(finding_overlays(findings, unit, spe_any, codes))
    return chart


def curves_tab() -> None:
    """Learning curves with the findings drawn on them, then the diagnosis."""
    st.header("Learning curves")
    c1, c2 = st.columns([2, 1])
    modes = []
    if any(on_epochs(r) for r in ("train_loss_epoch", "val_loss")) or (train_step and spe_any):
        modes.append("per epoch")
    if train_step is not None or any(on_steps(r) for r in ("train_loss_epoch", "val_loss")):
        modes.append("per step")
    short = max((len(s.steps) for s in (train_epoch, val_loss) if s is not None), default=0) < 3
    default_mode = "per step" if train_step is not None and short and "per step" in modes else None
    mode = c1.radio("x axis", modes, horizontal=True, key="x_mode",
                    index=modes.index(default_mode) if default_mode else 0) \
        if modes else "per epoch"
    log_y = c2.toggle("log scale", key="log_y",
                      help="The linear axis shows the bulk of the curves; points above it are "
                      "marked with triangles at the top edge (hover for their value). The log "
                      "axis shows every point.") if modes else False
    unit = "epoch" if mode == "per epoch" else "step"

    drawn: list[tuple[Series, float]] = []
    loss_chart = charts.Chart("", "", "", height=440, log_y=log_y)


    def line(part: tuple[Series, float] | None, name: str, **kw: Any) -> None:
        if part is None:
            return
        loss_chart.add_line(part[0], name, x_scale=part[1], log_y=log_y, **kw)
        drawn.append(part)


    if unit == "step":
        if train_step is not None:
            line((train_step, 1.0), f"{train_step.key} (mini-batch)", color="#1f77b4")
        if train_epoch is not None:
            line(on_steps("train_loss_epoch"), f"{train_epoch.key} (epoch mean)", color="#1f77b4",
                 dash="dash", mode="lines+markers")
        if val_loss is not None:
            line(on_steps("val_loss"), val_loss.key, color="#ff7f0e", mode="lines+markers")
        x_title = "optimisation step"
    else:
        if train_epoch is not None and on_epochs("train_loss_epoch"):
            line(on_epochs("train_loss_epoch"), train_epoch.key, color="#1f77b4",
                 mode="lines+markers")
        elif train_step is not None and spe_any:
            line((train_step, 1.0 / spe_any), f"{train_step.key} (mini-batch)", color="#1f77b4")
        if val_loss is not None:
            line(on_epochs("val_loss"), val_loss.key, color="#ff7f0e", mode="lines+markers")
        x_title = "epoch"
    loss_name = tags.get("train.loss") or params.get("train.loss") or "loss"
    top = None if log_y or not drawn else loss_chart.clip_y(drawn, unit)
    finite = loss_chart.ys()
    loss_chart.draw_overlays(finding_overlays(findings, unit, spe_any, CURVE_CODES),
                             y_default=top or (max(finite) if finite else None), y_cap=top)
    if best is not None and (unit == "epoch" or spe_any):
        loss_chart.best_epoch_line(best if unit == "epoch" else best * spe_any,
                                   f"best epoch {best} ({best_how})")
    if loss_chart.series:
        loss_chart.title = ("Training vs validation loss" if val_loss
                            else "Training loss (no validation curve)")
        loss_chart.x_title = x_title
        loss_chart.y_title = f"loss ({loss_name})" if loss_name != "loss" else "loss"
        charts.show(loss_chart.option(), key="loss_chart", height=loss_chart.height)
        if top is not None:
            st.caption(f"The y axis stops at {top:.3g} to show the bulk of the curves; the "
                       "triangles at its top edge mark the points above it (hover for their "
                       "values; the log scale shows them all).")
    else:
        st.info("No loss curve: the run logged none of train/loss, train/epoch_loss, val/loss "
                "(or a common alias such as loss / val_loss).")
    note = common.sampled_note(s for s, _ in drawn)
    if note:
        st.caption(note)
    if not is_dnnlab and curves.roles:
        read = ", ".join(f"{r} = `{s.key}`" for r, s in curves.roles.items())
        aligned = f"; per-epoch values aligned by {curves.epoch_alignment}" \
            if curves.epoch_alignment else ""
        st.caption(f"Curves read as the diagnosis reads them: {read}{aligned}.")

    # train vs val of one metric
    pairs = metric_pairs(data, curves)
    if pairs:
        names = list(pairs)
        default = next((n for n in ("accuracy", "r2", "f1") if n in names), names[0])
        metric = st.selectbox("Metric", names, index=names.index(default), key="pair_metric")
        unit_text = "fraction" if metric not in ("mse", "mae") else "target units (squared for mse)"
        splits = " vs ".join(sp for sp in ("train", "val", "test") if sp in pairs[metric])
        chart = charts.Chart(f"{metric} per epoch: {splits}", "epoch", f"{metric} ({unit_text})")
        for split, color in (("train", "#1f77b4"), ("val", "#ff7f0e"), ("test", "#2ca02c")):
            s = pairs[metric].get(split)
            if s is not None:
                chart.add_line(s, s.key, color=color, mode="lines+markers")
        chart.draw_overlays(finding_overlays(findings, "epoch", spe_any, ["overfitting"]))
        if best is not None:
            chart.best_epoch_line(best, f"best epoch {best}")
        charts.show(chart.option(), key="pair_chart", height=chart.height)

    lr = curves.get("lr") or data.get("lr")
    if lr is not None:
        log_lr = log_axis_fits([lr.values])
        chart = charts.Chart("Learning rate", "optimisation step",
                             "learning rate" + (" (log)" if log_lr else ""), height=260,
                             log_y=log_lr)
        chart.add_line(lr, lr.key, color="#9467bd", log_y=log_lr)
        if log_lr:  # ticks at the powers of ten (a log axis' own), as 1e-3
            chart.y_axis.update(logBase=10, axisLabel={"formatter": "{value}"})
        else:  # from 0, plain tick labels (0.01, not 1.000e-2)
            chart.y_axis.update(scale=False, min=0)
        charts.show(chart.option(), key="lr_chart", height=chart.height)

    # expanders whose content is drawn only while they are open (Streamlit reruns the page when
    # one is opened or closed): a closed one costs the first view nothing, not even its code
    any_metric = st.expander("Any logged metric", expanded=not is_dnnlab, key="any_metric_open",
                             on_change="rerun")
    with any_metric:
        if any_metric.open and all_keys:
            key = st.selectbox("Metric key", all_keys, key="any_metric")
            x_unit = ("optimisation step" if is_per_step(key) else "epoch") if is_dnnlab \
                else "step (as logged)"
            chart = charts.Chart(key, x_unit, key)
            series = common.run_series(uri, rec, [key])[key]
            chart.add_line(series, key, mode="lines+markers" if len(series.steps) < 60
                           else "lines")
            charts.show(chart.option(), key="any_chart", height=chart.height)
        elif any_metric.open:
            st.write("No metrics.")

    st.header("Diagnosis")
    st.caption(f"Source: {diag_source}. Findings are ordered cause first: fix the first one "
               "first.")
    if not findings:
        if no_metrics:
            st.info("Nothing to diagnose: this run has no metrics.")
        elif not_diagnosed:
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
        icon = SEVERITY_MARK.get(f.get("severity", ""), ":gray[:material/help:]")
        with st.container(border=True):
            st.markdown(f"{icon} **{f.get('code')}** ({f.get('severity')}){where} · "
                        f"metrics: {', '.join(map(str, ev.get('metrics', []))) or '—'}")
            st.markdown(f"**What to do:** {f.get('advice', '')}")
            if f.get("code") in LAYER_CODES:
                st.caption(f"Drawn on the layers' charts under **{common.NETWORK_TAB}**.")
            evidence = st.expander("Evidence", key=f"evidence_{f.get('code')}", on_change="rerun")
            if evidence.open:
                evidence.json(ev, expanded=False)
    skipped = diag_doc.get("skipped") or []
    if skipped:
        checks = st.expander(f"Checks that could not run ({len(skipped)})", key="skipped_open",
                             on_change="rerun")
        if checks.open:
            checks.dataframe(pd.DataFrame(skipped), hide_index=True, width="stretch")


def network_tab() -> None:
    """Per-layer update ratios, gradient norms and dead units, with their findings."""
    ratios, grads, dead = (layer_series("update_ratio/"), layer_series("grad_norm/"),
                           layer_series("dead_relu/"))
    if not (ratios or grads or dead):
        st.info("This run logged no per-layer statistics (`update_ratio/*`, `grad_norm/*`, "
                "`dead_relu/*`).")
    if ratios:
        centres, layers, z = heatmap_bins(ratios, n_bins=300)
        option = charts.ratio_heatmap(
            centres, layers, z, "Update ratio ‖ΔW‖/‖W‖ per layer over steps (white = 1e-3, red = "
            "larger, blue = smaller)", centre=-3.0, low=-6.0, high=0.0)
        charts.show(option, key="ratio_heatmap", height=max(280, 120 + 28 * len(layers)))
        chart = layer_chart(ratios, "step", ["update_ratio_high", "update_ratio_low"],
                            "Update ratio per layer", "‖ΔW‖ / ‖W‖ (dimensionless, log)", log_y=True)
        chart.hband(th.update_ratio_low, th.update_ratio_high, "healthy range (diagnosis)",
                    charts.GREEN)
        chart.hline(1e-3, "1e-3 rule of thumb", charts.GREEN)
        charts.show(chart.option(), key="ratio_lines", height=chart.height)
        explain_below_log_axis(chart, "the update ratio (weights that do not move)")
    if grads:
        chart = layer_chart(grads, "step", ["vanishing_gradients", "exploding_gradients"],
                            "Gradient norm per layer (before clipping)", "‖∂L/∂W‖ (L2 norm, log)",
                            log_y=True)
        charts.show(chart.option(), key="grad_chart", height=chart.height)
        explain_below_log_axis(chart, "the gradient norm (no gradient reaches the layer)")
    if dead:
        chart = layer_chart(dead, "epoch", ["dead_relu"], "Dead ReLU units per activation layer",
                            "fraction of units never active (0–1)", mode="lines+markers")
        chart.hline(th.dead_relu_fraction, f"dying-ReLU limit {th.dead_relu_fraction:.0%}",
                    common.SEVERITY_COLOR["critical"], position="top")
        chart.y_axis.update(min=-0.02, max=1.02, scale=False)
        charts.show(chart.option(), key="dead_chart", height=chart.height)
    if ratios or grads:
        note = common.sampled_note(list(ratios.values()) + list(grads.values()))
        if note:
            st.caption(note)
    if ratios or grads or dead:
        st.caption("Update ratio: how far one optimiser step moves a layer's weights, relative "
                   "to their size (the lectures' rule of thumb: about 1e-3). Gradient norms "
                   "are read before clipping. A dead unit never fires in an epoch's "
                   "evaluation pass.")


def evaluation_tab() -> None:
    """Confusion matrices and ROC curves of the run's end-of-run evaluation."""
    arts = common.artifact_texts(uri, run_id, ("confusion_matrix.json", "roc_curve.csv",
                                                "roc_auc.json"), version,
                                 rec.get("artifact_uri"))
    cm = parse_json(arts["confusion_matrix.json"])
    roc_text = arts["roc_curve.csv"]
    auc_doc = parse_json(arts["roc_auc.json"]) or {}
    if isinstance(cm, dict) and cm.get("matrix"):
        labels = [str(x) for x in cm.get("labels") or range(len(cm["matrix"]))]
        counts = np.asarray(cm["matrix"], dtype=float)
        norm = normalise_confusion(counts)
        split = cm.get("split", "test")
        col1, col2 = st.columns(2)
        big = max(9, min(14, int(140 / max(len(labels), 1))))  # readable in a half-width column
        for col, z, title, ztitle in (
                (col1, counts, f"Confusion matrix ({split} split, counts)", "samples"),
                (col2, 100 * norm, f"Confusion matrix ({split} split, % of each true class)",
                 "% of the true class")):
            option = charts.confusion_chart(labels, z, title, ztitle, font_size=big)
            with col:
                charts.show(option, key=f"cm_{ztitle[:4]}", height=460)
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
        split = auc_doc.get("split", "test") if isinstance(auc_doc, dict) else "test"
        chart = charts.Chart(f"ROC curves ({split} split, one-vs-rest)",
                             "false positive rate (fraction)", "true positive rate (fraction)",
                             height=460, legend="right")
        for cls, part in roc.groupby("class", sort=False):
            auc = aucs.get(str(cls))
            label = f"class {cls} (AUC {auc:.3f})" if isinstance(auc, (int, float)) \
                else f"class {cls}"
            chart.add_xy(part["fpr"].to_numpy(), part["tpr"].to_numpy(), label)
        chart.add_xy([0, 1], [0, 1], "chance", color="grey", dash="dot")
        chart.x_axis.update(min=0, max=1, scale=False)
        chart.y_axis.update(min=0, max=1, scale=False)
        charts.show(chart.option(), key="roc_chart", height=chart.height)
    if (isinstance(cm, dict) and cm.get("matrix")) or roc_text:
        st.caption("The confusion matrices and ROC curves were computed once, when the run "
                   "finished, on the split each title names.")


def params_tab() -> None:
    """Every param and tag, and links to the model and the study."""
    p1, p2 = st.columns(2)
    p1.dataframe(pd.DataFrame(sorted(params.items()), columns=["param", "value"]), hide_index=True,
                 width="stretch", height=360)
    shown_tags = sorted((k, v) for k, v in tags.items() if not k.startswith("mlflow.")
                        and k != "diagnosis.summary")
    p2.dataframe(pd.DataFrame(shown_tags, columns=["tag", "value"]), hide_index=True,
                 width="stretch", height=360)
    c1, c2 = st.columns(2)
    c1.page_link(common.INSPECT_PAGE, label="Inspect this run's model",
                 icon=":material/visibility:", query_params={"run": run_id})
    if tags.get("optuna.study_name"):
        c2.page_link(common.STUDY_PAGE, label=f"Study {tags['optuna.study_name']}",
                     icon=":material/tune:", query_params={"study": tags["optuna.study_name"]})


# lazy tabs, the open one in the URL (?tab=Evaluation): only the open tab's code runs and only its
# elements are sent, so a first view reads and draws the learning curves, not the per-layer series
for tab, draw in zip(st.tabs(list(common.RUN_TABS), key="tab", bind="query-params"),
                     (curves_tab, network_tab, evaluation_tab, params_tab), strict=True):
    with tab:
        if tab.open:
            draw()
