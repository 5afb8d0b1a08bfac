"""Study: an Optuna study's history, importances, lr x dropout map, trials by state with their
pruning epochs, the study diagnosis, and a link from each trial to its MLflow run."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

from dashboards import common
from dnnlab.dashboard_data import trials_frame
from dnnlab.study import chart_gaps

STATE_COLORS = {"COMPLETE": "#2ca02c", "PRUNED": "#ff7f0e", "FAIL": "#d62728",
                "RUNNING": "#1f77b4", "WAITING": "#7f7f7f"}

st.title("Study")
uri = common.require_store()
common.quiet_optuna()
storages = common.optuna_storages(uri)
if not storages:
    st.info("No Optuna storage found next to the tracking store. `dnnlab study "
            "experiments/...` creates `optuna.db` beside the MLflow database; a study "
            "elsewhere opens with `dnnlab dashboard --storage URL`.")
    st.stop()


@st.cache_data(ttl=15, show_spinner=False)
def study_index(urls: tuple[str, ...]) -> dict[str, str]:
    """``{study_name: storage_url}`` over the storages (the first storage wins a name)."""
    import optuna

    out: dict[str, str] = {}
    for url in urls:
        for summary in optuna.get_all_study_summaries(common.optuna_storage(url),
                                                      include_best_trial=False):
            out.setdefault(summary.study_name, url)
    return out


@st.cache_data(ttl=15, show_spinner=False)
def trial_runs(uri: str, study_name: str) -> tuple[dict[int, str], list[dict[str, str]]]:
    """The MLflow runs of a study: ``{trial_number: run_id}`` and its parent runs' tags."""
    c = common.client(uri)
    exps = list(common.experiments(uri))
    if not exps:
        return {}, []
    name = study_name.replace("\\", "\\\\").replace("'", "\\'")
    runs = c.search_runs(exps, filter_string=f"tags.`optuna.study_name` = '{name}'",
                         max_results=5000)
    trials: dict[int, str] = {}
    parents = []
    for r in runs:
        number = r.data.tags.get("optuna.trial_number")
        if number is not None and number.isdigit():
            trials.setdefault(int(number), r.info.run_id)
        else:
            parents.append({"run_id": r.info.run_id, **r.data.tags})
    return trials, parents


try:
    index = study_index(tuple(storages))
except Exception as err:  # an unreadable storage: say which and why
    text = str(err).strip().splitlines()[0][:300] if str(err).strip() else type(err).__name__
    st.warning(f"Cannot read the Optuna storage {', '.join(map(common.redact, storages))}: "
               f"{text}")
    st.stop()
if not index:
    st.info("The Optuna storage holds no study yet. Start one with `dnnlab study "
            "experiments/digits_cnn.yaml --n-trials 20`.")
    st.stop()

names = sorted(index)
wanted = st.query_params.get("study")
name = st.selectbox("Study", names, index=names.index(wanted) if wanted in names else 0,
                    key="study_name")
if st.query_params.get("study") != name:
    st.query_params["study"] = name

import optuna  # noqa: E402
import optuna.visualization as V  # noqa: E402

study = optuna.load_study(study_name=name, storage=common.optuna_storage(index[name]))
attrs = study.user_attrs
directions = [d.name.lower() for d in study.directions]
objectives: list[str] = list(attrs.get("dnnlab.objectives") or [])
if len(objectives) != len(directions):
    objectives = ["value"] if len(directions) == 1 else [f"value_{i}" for i in
                                                         range(len(directions))]
frame = trials_frame(study, objectives)
run_of, parents = trial_runs(uri, name)
if not frame.empty:
    ids = frame["mlflow_run_id"].where(frame["mlflow_run_id"].notna(),
                                       frame["number"].map(run_of))
    frame["mlflow_run_id"] = ids
    frame["run"] = ["run?run=" + i if isinstance(i, str) else None for i in ids]

counts = frame["state"].value_counts().to_dict() if not frame.empty else {}
st.caption(f"Storage `{common.redact(index[name])}` · objective: "
           + ", ".join(f"{o} ({d})" for o, d in zip(objectives, directions, strict=True)))
cols = st.columns(5)
cols[0].metric("Trials", len(frame))
for col, state in zip(cols[1:], ("COMPLETE", "PRUNED", "FAIL", "RUNNING"), strict=True):
    col.metric(state.lower(), counts.get(state, 0))

complete = frame[frame["state"] == "COMPLETE"] if not frame.empty else frame
single = len(directions) == 1
obj = objectives[0]
if complete.empty:
    st.info("No trial has completed yet: the charts of objective values appear once one has.")
elif single:
    best = study.best_trial
    run_id = frame.loc[frame["number"] == best.number, "mlflow_run_id"].iloc[0]
    st.markdown(f"**Best trial {best.number}**: {obj} = {common.fmt(best.value)} with "
                + ", ".join(f"`{k}={common.fmt(v)}`" for k, v in best.params.items()))
    if isinstance(run_id, str):
        st.page_link(common.RUN_PAGE, label=f"Open the best trial's run ({run_id[:8]})",
                     icon=":material/show_chart:", query_params={"run": run_id})


def target(i: int) -> Any:
    return None if single else (lambda t: t.values[i])


def optuna_chart(make: Any, title: str, x_title: str, y_title: str, key: str,
                 why: str) -> None:
    """An optuna.visualization figure with our title and axis labels, or why it is missing."""
    try:
        fig = make()
    except Exception as err:  # too few trials / distinct values for this plot
        st.info(f"{title}: {why} ({str(err).splitlines()[0][:160] if str(err) else ''})")
        return
    if not fig.data:
        st.info(f"{title}: {why}.")
        return
    common.layout(fig, title, x_title, y_title, height=420)
    decade_ticks(fig)
    common.show(fig, key=key)


def decade_ticks(fig: Any) -> None:
    """Log axes labelled at powers of ten only: plotly's default also labels 2 and 5 of every
    decade, which on a small chart reads as '2 5 0.01 2 5 0.1'."""
    for axes in (fig.for_each_xaxis, fig.for_each_yaxis):
        axes(lambda a: a.update(dtick=1, exponentformat="power") if a.type == "log" else None)


def distinct_values(params: list[str]) -> dict[str, int]:
    """How many distinct values each parameter has among the completed trials."""
    return {p: int(complete[f"params.{p}"].nunique()) if f"params.{p}" in complete else 0
            for p in params}


def colour_range(values: pd.Series) -> tuple[float, float] | None:
    """The colour bar's range: the data's own (a loss never gets a negative end); one value
    gets a band of 5% around it, clipped at 0 for a value that is not negative."""
    v = pd.to_numeric(values, errors="coerce")
    v = v[np.isfinite(v)]
    if v.empty:
        return None
    lo, hi = float(v.min()), float(v.max())
    if hi == lo:
        pad = abs(lo) * 0.05 or 1e-3
        lo, hi = (max(0.0, lo - pad) if lo >= 0 else lo - pad), hi + pad
    return lo, hi


# ----------------------------------------------------------------------------- charts

param_cols = [c for c in frame.columns if c.startswith("params.")]
numeric = [c for c in param_cols
           if pd.to_numeric(frame[c], errors="coerce").notna().sum() == frame[c].notna().sum()
           and frame[c].notna().any()]
names_ = [c[len("params."):] for c in numeric]
gaps = chart_gaps(len(complete), distinct_values(names_[:2]))

if not complete.empty:
    c1, c2 = st.columns(2)
    with c1:
        optuna_chart(lambda: V.plot_optimization_history(study, target=target(0),
                                                         target_name=obj),
                     f"Optimisation history ({obj})", "trial number", obj, "history",
                     "needs a completed trial")
    with c2:
        if "importances" in gaps:
            st.info(f"Parameter importances for {obj}: {gaps['importances']}.")
        else:
            optuna_chart(lambda: V.plot_param_importances(study, target=target(0),
                                                          target_name=obj),
                         f"Parameter importances for {obj} (fANOVA, {len(complete)} finished "
                         "trials)", "importance (share of the objective's variance)",
                         "parameter", "importances",
                         "need finished trials with varied parameters")

if len(numeric) >= 2 and not complete.empty:
    dx = "optim.lr" if "optim.lr" in names_ else names_[0]
    dy = "model.dropout" if "model.dropout" in names_ else next(n for n in names_ if n != dx)
    c1, c2 = st.columns(2)
    px_ = c1.selectbox("x parameter", names_, index=names_.index(dx), key="sx")
    py_ = c2.selectbox("y parameter", names_, index=names_.index(dy), key="sy")
    xs = pd.to_numeric(frame[f"params.{px_}"], errors="coerce")
    log_x = bool((xs > 0).all() and xs.max() / max(xs.min(), 1e-300) > 20)
    done = complete.assign(**{obj: pd.to_numeric(complete[obj], errors="coerce")})
    fig = px.scatter(done, x=f"params.{px_}", y=f"params.{py_}", color=obj,
                     hover_data=["number"], color_continuous_scale="Viridis_r"
                     if directions[0] == "minimize" else "Viridis", log_x=log_x)
    fig.update_traces(marker={"size": 12, "line": {"width": 1, "color": "black"}})
    others = frame[frame["state"] != "COMPLETE"]
    for state, part in others.groupby("state"):
        fig.add_trace(go.Scatter(
            x=part[f"params.{px_}"], y=part[f"params.{py_}"], mode="markers", name=state,
            marker={"symbol": "x", "size": 10, "color": STATE_COLORS.get(state, "grey")},
            text=part["number"], hovertemplate="trial %{text}<extra>" + state + "</extra>"))
    common.layout(fig, f"{px_} × {py_}, coloured by {obj} (x: not completed)",
                  px_ + (" (log scale)" if log_x else ""), py_, height=440)
    fig.update_layout(coloraxis_colorbar={"title": {"text": obj}})
    decade_ticks(fig)
    crange = colour_range(done[obj])
    if crange is not None:
        fig.update_layout(coloraxis={"cmin": crange[0], "cmax": crange[1]})
    c1, c2 = st.columns(2)
    with c1:
        common.show(fig, key="scatter")
    with c2:
        gap = chart_gaps(len(complete), distinct_values([px_, py_])).get("contour")
        if gap:
            st.info(f"Contour of {obj} over {px_} × {py_}: {gap}.")
        else:
            def contour() -> Any:
                fig = V.plot_contour(study, params=[px_, py_], target=target(0),
                                     target_name=obj)
                if crange is not None:  # the interpolated grid stays within the data's range
                    fig.update_traces(zmin=crange[0], zmax=crange[1], zauto=False,
                                      selector={"type": "contour"})
                return fig

            optuna_chart(contour, f"Contour of {obj} over {px_} × {py_}", px_, py_,
                         "contour", "needs finished trials with distinct values")
elif param_cols and not complete.empty:
    st.caption("The lr × dropout map needs two numeric parameters in the search space.")

# trials by state, with the epoch each pruned trial was stopped at
if not frame.empty:
    epochs = pd.to_numeric(frame["epochs"], errors="coerce")
    pruned_at = pd.to_numeric(frame["pruned_epoch"], errors="coerce")
    frame["epochs_run"] = epochs.where(epochs.notna(), pruned_at)
    fig = go.Figure()
    for state, part in frame.groupby("state", sort=False):
        fig.add_trace(go.Bar(
            x=part["number"], y=part["epochs_run"].fillna(0), name=state,
            marker_color=STATE_COLORS.get(state, "grey"),
            customdata=np.column_stack([part["pruned_epoch"].astype(object).fillna("—")]),
            hovertemplate="trial %{x}: %{y} epochs<br>pruned at epoch %{customdata[0]}"
                          "<extra>" + state + "</extra>"))
    common.layout(fig, "Trials by state: epochs each trial trained (pruned trials stop early)",
                  "trial number", "epochs trained", height=360)
    fig.update_layout(hovermode="closest", barmode="overlay")
    common.show(fig, key="states")
    if single and any(len(t.intermediate_values) for t in study.get_trials(deepcopy=False)):
        optuna_chart(lambda: V.plot_intermediate_values(study),
                     "Intermediate values per epoch (what the pruner saw)", "epoch",
                     "monitored value", "intermediate", "no intermediate values reported")

# ----------------------------------------------------------------------------- diagnosis


def study_findings() -> list[dict[str, Any]] | None:
    """dnnlab's study diagnosis over the trials table (None when it cannot be computed)."""
    try:
        from dnnlab.config import ObjectiveSpec, ParamSpace
        from dnnlab.study import diagnose_study, pruner_kind
    except ImportError:
        return None
    try:
        space = {k: ParamSpace.model_validate(v)
                 for k, v in json.loads(attrs.get("dnnlab.space", "{}")).items()}
        objs = [ObjectiveSpec(metric=o, direction=d)
                for o, d in zip(objectives, directions, strict=True)]
        table = frame.rename(columns=lambda c: c[len("params."):] if c.startswith("params.")
                             else c)
        return [f.to_dict() for f in diagnose_study(table, space, objs,
                                                    pruner=pruner_kind(attrs))]
    except Exception:  # an older/newer study layout: fall back to the logged summary
        return None


st.header("Study diagnosis")
found = study_findings() if not frame.empty else []
if found is None:
    logged = next((p.get("study_diagnosis") for p in parents if p.get("study_diagnosis")), None)
    st.caption("From the study's MLflow parent run.")
    found = [{"code": "logged", "message": logged}] if logged else []
if not found:
    st.success(f"No problems found in {len(frame)} trials.")
for f in found:
    st.markdown(f"🟠 **{f.get('code')}**: {f.get('message')}")

# ----------------------------------------------------------------------------- trials table

st.header("Trials")
if frame.empty:
    st.info("The study has no trials yet.")
else:
    shown = ["number", "state", *objectives, *param_cols, "epochs_run", "pruned_epoch",
             "stop_code", "run", "mlflow_run_id"]
    shown = [c for c in shown if c in frame and (frame[c].notna().any() or c in
                                                 ("number", "state", "run"))]
    st.dataframe(
        frame[shown].sort_values("number"), hide_index=True, width="stretch",
        column_config={
            "run": st.column_config.LinkColumn("MLflow run", display_text="open run"),
            "epochs_run": st.column_config.NumberColumn("epochs", format="%d"),
            **{c: st.column_config.NumberColumn(c[len("params."):], format="%.4g")
               for c in param_cols if c in numeric},
        })
    linked = frame.dropna(subset=["mlflow_run_id"]).sort_values("number")
    if not linked.empty:
        choice = st.selectbox(
            "Open a trial's run", linked["number"].tolist(),
            format_func=lambda n: f"trial {n} ({frame.loc[frame['number'] == n, 'state'].iloc[0]})",
            key="trial_pick")
        rid = linked.loc[linked["number"] == choice, "mlflow_run_id"].iloc[0]
        st.page_link(common.RUN_PAGE, label=f"Run page of trial {choice}",
                     icon=":material/show_chart:", query_params={"run": rid})
    if parents:
        st.caption("MLflow parent run(s): " + ", ".join(f"`{p['run_id'][:8]}`" for p in parents))
