"""Every dashboard page through Streamlit's AppTest, on a real MLflow + Optuna store filled by
real training runs (tests/dashboard_store.py): the elements shown, and never an exception."""

from __future__ import annotations

import base64
import gc
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from mlflow import MlflowClient
from streamlit.testing.v1 import AppTest

from dashboards import common
from dashboards.charts import CROSS, GREEN
from tests.conftest import ROOT
from tests.dashboard_store import STUDY, Store, dashboard_store

APP = str(ROOT / "dashboards" / "app.py")
TIMEOUT = 180


@pytest.fixture(scope="module")
def store() -> Store:
    s = dashboard_store()
    mp = pytest.MonkeyPatch()
    mp.setenv("MLFLOW_TRACKING_URI", s.uri)
    mp.delenv("DNNLAB_STORAGE", raising=False)
    yield s
    mp.undo()


def open_page(page: str | None = None, **query: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    if page is not None:
        at.switch_page(page)
        for k, v in query.items():
            at.query_params[k] = v
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def charts(at: AppTest) -> list[dict[str, Any]]:
    """The plotly figures on the page, then its ECharts charts (the Run page's) in plotly's
    shape (:func:`as_plotly`: other modules' tests read the Run page through this helper);
    each must have a title and titled axes."""
    out = []
    for element in at.get("plotly_chart"):
        fig = json.loads(element.proto.spec)
        layout = fig["layout"]
        title = layout.get("title", {}).get("text")
        assert title, "a chart without a title"
        assert layout.get("xaxis", {}).get("title", {}).get("text"), f"{title}: no x title"
        assert layout.get("yaxis", {}).get("title", {}).get("text"), f"{title}: no y title"
        out.append(fig)
    return out + [as_plotly(json.loads(e.proto.spec)) for e in at.get("echarts_chart")]


def as_plotly(opt: dict[str, Any]) -> dict[str, Any]:
    """An ECharts option in the shape of a plotly figure's JSON, for the tests that read the
    Run page's charts as plotly figures: the title, axis titles and types, and a trace per
    series (a heat map's ``x``/``y`` categories; a curve's ``name``, ``x``, ``y``). The
    option itself is kept under ``echarts``."""
    first = (lambda v: v[0] if isinstance(v, list) else v)  # noqa: E731
    x_axis, y_axis = first(opt["xAxis"]), first(opt["yAxis"])
    data = []
    for s in opt["series"]:
        if s.get("yAxisIndex", 0) != 0 or not s.get("name") or s.get("silent"):
            continue
        if s["type"] == "heatmap":
            data.append({"type": "heatmap", "name": s["name"], "x": x_axis["data"],
                         "y": y_axis["data"]})
            continue
        points = [p if isinstance(p, list) else p["value"] for p in s["data"]]
        data.append({"type": "scatter", "name": s["name"], "x": [p[0] for p in points],
                     "y": [p[1] for p in points]})
    axis = {"x": x_axis, "y": y_axis}
    return {"data": data, "echarts": opt, "layout": {
        "title": {"text": opt["title"]["text"]},
        **{f"{k}axis": {"title": {"text": a.get("name")},
                        "type": {"value": "linear"}.get(a.get("type"), a.get("type"))}
           for k, a in axis.items()}}}


def by_title(figs: list[dict[str, Any]], prefix: str) -> dict[str, Any]:
    found = [f for f in figs if f["layout"]["title"]["text"].startswith(prefix)]
    assert found, (prefix, [f["layout"]["title"]["text"] for f in figs])
    return found[0]


def array(value: Any) -> np.ndarray:
    """A plotly JSON array: a list, or numpy data encoded as ``{dtype, bdata, shape}``."""
    if isinstance(value, dict) and "bdata" in value:
        out = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
        shape = value.get("shape")
        if shape:
            out = out.reshape([int(n) for n in str(shape).split(",")])
        return out
    return np.asarray(value, dtype=float)


def texts(elements: Any) -> str:
    return "\n".join(str(e.value) for e in elements)


def trace_names(fig: dict[str, Any]) -> list[str]:
    return [t.get("name") for t in fig["data"]]


# ----------------------------------------------------------------------------- Runs


def test_runs_page_lists_filters_and_sorts(store: Store):
    at = open_page()
    assert at.title[0].value == "Runs"
    table = at.dataframe[0].value
    assert set(store.runs.values()) <= set(table["run_id"])
    assert {"status", "dataset", "diagnosis", "optim.lr", "test/accuracy"} <= set(table)
    nan_row = table[table["run_id"] == store.runs["nan"]].iloc[0]
    assert nan_row["status"] == "FAILED" and "🔴 nan_loss" in nan_row["diagnosis"]
    assert table[table["run_id"] == store.runs["foreign"]].iloc[0]["tool"] == "keras"
    assert table[table["run_id"] == store.runs["cnn"]].iloc[0]["open"] == \
        f"run?run={store.runs['cnn']}"

    at.multiselect(key="f_codes").set_value(["nan_loss"]).run()
    assert list(at.dataframe[0].value["run_id"]) == [store.runs["nan"]]
    at.multiselect(key="f_codes").set_value([]).run()
    at.text_input(key="f_tags").set_value("dataset=breast_cancer").run()
    assert list(at.dataframe[0].value["run_id"]) == [store.runs["tabular"]]
    at.text_input(key="f_tags").set_value("optuna.trial_number").run()
    assert len(at.dataframe[0].value) == 3
    at.text_input(key="f_tags").set_value("").run()
    at.multiselect(key="f_status").set_value(["FAILED"]).run()
    assert list(at.dataframe[0].value["run_id"]) == [store.runs["nan"]]
    at.multiselect(key="f_status").set_value([]).run()
    at.selectbox(key="f_sort").set_value("test/accuracy (high first)").run()
    acc = at.dataframe[0].value["test/accuracy"].dropna().to_numpy()
    assert len(acc) >= 3 and (np.diff(acc) <= 0).all()
    at.text_input(key="f_raw").set_value("metrics.oops ((").run()
    assert not at.exception and "could not apply the filter" in texts(at.warning)
    at.text_input(key="f_raw").set_value("").run()
    at.text_input(key="f_name").set_value("no-such-run-name").run()
    assert "No run matches" in texts(at.info)


# ----------------------------------------------------------------------------- Run
# The Run page draws with st.echarts_chart (no plotly.js on that page): its charts are read as
# ECharts options.


def echarts(at: AppTest) -> list[dict[str, Any]]:
    """The ECharts options on the page (and no plotly chart: one would load plotly.js); each
    must have a title and titled axes."""
    assert not at.get("plotly_chart"), "a plotly chart on the Run page"
    out = []
    for element in at.get("echarts_chart"):
        opt = json.loads(element.proto.spec)
        title = opt.get("title", {}).get("text")
        assert title, "a chart without a title"
        assert axis(opt, "x").get("name"), f"{title}: no x title"
        assert axis(opt, "y").get("name"), f"{title}: no y title"
        out.append(opt)
    return out


def axis(opt: dict[str, Any], which: str) -> dict[str, Any]:
    """The main grid's x or y axis."""
    axes = opt[f"{which}Axis"]
    return axes[0] if isinstance(axes, list) else axes


def e_by_title(opts: list[dict[str, Any]], prefix: str) -> dict[str, Any]:
    found = [o for o in opts if o["title"]["text"].startswith(prefix)]
    assert found, (prefix, [o["title"]["text"] for o in opts])
    return found[0]


def curves(opt: dict[str, Any]) -> list[dict[str, Any]]:
    """The series on the main grid (curves and markers, not the finding lanes nor the silent
    reference lines)."""
    return [s for s in opt["series"] if s.get("yAxisIndex", 0) == 0 and s.get("name")
            and not s.get("silent")]


def names(opt: dict[str, Any]) -> list[str]:
    """The legend, in order: the curves' names."""
    assert opt["legend"]["data"] == [s["name"] for s in curves(opt)]
    return opt["legend"]["data"]


def hline(opt: dict[str, Any], label: str) -> dict[str, Any]:
    """The horizontal reference line whose label starts with ``label``: its y, style, label."""
    found = [s for s in opt["series"] if s.get("silent") and s["name"].startswith(label)]
    assert found, (label, [s.get("name") for s in opt["series"]])
    ys = {p[1] if isinstance(p, list) else p["value"][1] for p in found[0]["data"]}
    assert len(ys) == 1  # horizontal
    return {"y": ys.pop(), "dash": found[0]["lineStyle"]["type"],
            "color": found[0]["lineStyle"]["color"], "label": found[0]["data"][-1]["label"]}


def xs(series: dict[str, Any]) -> list[float]:
    return [p[0] if isinstance(p, list) else p["value"][0] for p in series["data"]]


def column(series: dict[str, Any], i: int) -> list[Any]:
    return [p[i] for p in series["data"]]


def lanes(opt: dict[str, Any]) -> list[dict[str, Any]]:
    """Each finding's lane: its label, x range and y span on the lane grid (grid 1 above the
    curves, one unit of its y axis a lane)."""
    out = []
    for s in opt["series"]:
        if s.get("yAxisIndex") != 1:
            continue
        for first, second in s["markArea"]["data"]:
            out.append({"label": first["name"], "x0": first["xAxis"], "x1": second["xAxis"],
                        "y0": first["yAxis"], "y1": second["yAxis"]})
    return out


def mark_lines(opt: dict[str, Any], along: str = "xAxis") -> list[dict[str, Any]]:
    """The marked lines of the main grid (vertical: ``xAxis``, horizontal: ``yAxis``)."""
    return [m for s in opt["series"] if s.get("yAxisIndex", 0) == 0
            for m in (s.get("markLine") or {}).get("data", []) if along in m]


def by_symbol(opt: dict[str, Any], symbol: str) -> list[dict[str, Any]]:
    return [s for s in curves(opt) if s["type"] == "scatter" and s.get("symbol") == symbol]


def test_run_page_draws_curves_layers_and_evaluation(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["cnn"])
    first = echarts(at)  # the first tab only: the curves, nothing of the other tabs' charts
    assert [f["title"]["text"] for f in first] == [
        "Training vs validation loss", "accuracy per epoch: train vs val vs test",
        "Learning rate"]
    assert [t.label for t in at.tabs] == ["Curves and diagnosis", "Inside the network",
                                          "Evaluation", "Params and tags"]
    network = open_page(common.RUN_PAGE, run=store.runs["cnn"], tab="Inside the network")
    evaluation = open_page(common.RUN_PAGE, run=store.runs["cnn"], tab="Evaluation")
    figs = first + echarts(network) + echarts(evaluation)
    assert len(figs) == 3 + 4 + 3
    loss = e_by_title(figs, "Training vs validation loss")
    assert names(loss)[:2] == ["train/epoch_loss", "val/loss"]
    assert loss["legend"]["data"][:2] == ["train/epoch_loss", "val/loss"]
    assert axis(loss, "x")["name"] == "epoch"
    assert loss["tooltip"]["trigger"] == "axis"
    heat = e_by_title(figs, "Update ratio ‖ΔW‖/‖W‖ per layer")
    assert heat["series"][0]["type"] == "heatmap"
    vmap = heat["visualMap"][0]
    assert (vmap["min"], vmap["max"]) == (-6, 0)  # centred on -3 (1e-3): white there
    assert (vmap["min"] + vmap["max"]) / 2 == -3.0
    assert axis(heat, "y")["data"] == ["conv1", "conv2", "fc1", "out"]
    assert axis(heat, "y")["inverse"] is True  # input at the top
    assert heat["tooltip"]["formatter"] == "step {@[0]}<br/>{@[1]}: 10^{@[2]}"
    lines = e_by_title(figs, "Update ratio per layer")
    rule = hline(lines, "1e-3 rule of thumb")  # the 1e-3 line
    assert rule["y"] == 1e-3 and rule["dash"] == "dashed" and rule["color"] == GREEN
    assert axis(lines, "y")["type"] == "log"
    band = lines["series"][0]["markArea"]["data"][0]
    assert band[0]["name"] == "healthy range (diagnosis)" and band[0]["yAxis"] < band[1]["yAxis"]
    grad = e_by_title(figs, "Gradient norm per layer")
    assert names(grad)[:4] == ["conv1", "conv2", "fc1", "out"]
    assert axis(grad, "y")["type"] == "log"
    dead = e_by_title(figs, "Dead ReLU units")
    assert set(names(dead)) == {"act1", "act2", "act_fc1"}
    assert (axis(dead, "y")["min"], axis(dead, "y")["max"]) == (-0.02, 1.02)
    limit = hline(dead, "dying-ReLU limit")
    assert limit["dash"] == "dashed" and 0 < limit["y"] < 1 and limit["label"]["show"]
    counts = e_by_title(figs, "Confusion matrix (test split, counts)")
    cells = [p["value"] for p in counts["series"][0]["data"]]
    assert len(cells) == 100 and len(axis(counts, "x")["data"]) == 10
    assert axis(counts, "x")["type"] == axis(counts, "y")["type"] == "category"
    norm = e_by_title(figs, "Confusion matrix (test split, % of each true class")
    rows: dict[str, float] = {}
    for _pred, true, value in (p["value"] for p in norm["series"][0]["data"]):
        rows[true] = rows.get(true, 0.0) + value
    assert len(rows) == 10 and np.allclose(list(rows.values()), 100, atol=1e-3)
    roc = e_by_title(figs, "ROC curves")
    assert sum("AUC" in n for n in names(roc)) == 10
    chance = next(s for s in roc["series"] if s["name"] == "chance")
    assert chance["lineStyle"]["type"] == "dotted" and chance["lineStyle"]["color"] == "grey"
    assert at.header[0].value == "Learning curves"
    params = open_page(common.RUN_PAGE, run=store.runs["cnn"], tab="Params and tags")
    assert "optim.lr" in set(params.dataframe[0].value["param"])
    assert not echarts(params)
    # log scale and per-step x axis
    at.toggle(key="log_y").set_value(True).run()
    at.radio(key="x_mode").set_value("per step").run()
    loss = e_by_title(echarts(at), "Training vs validation loss")
    assert axis(loss, "y")["type"] == "log"
    assert axis(loss, "x")["name"] == "optimisation step"
    assert names(loss)[0] == "train/loss (mini-batch)"


def test_run_page_says_why_a_dead_networks_log_charts_are_empty(store: Store):
    # the dead network's weights never move and no gradient reaches them: every update ratio
    # and gradient norm is 0, which a log axis cannot draw (the charts came out empty, with
    # nothing to say why); a caption names the layers and their zero points
    at = open_page(common.RUN_PAGE, run=store.runs["dead"], tab="Inside the network")
    captions = [c.value for c in at.caption if "log axis has no 0" in c.value]
    assert len(captions) == 2, [c.value for c in at.caption]
    ratio, grad = captions
    assert "update ratio" in ratio and "gradient norm" in grad
    for layer in ("conv1", "conv2", "fc1", "out"):
        assert f"{layer} (" in ratio and f"{layer} (" in grad
    # a healthy run's log charts draw every point: no such caption
    healthy = open_page(common.RUN_PAGE, run=store.runs["cnn"], tab="Inside the network")
    assert not [c.value for c in healthy.caption if "log axis has no 0" in c.value]


def test_run_page_draws_closed_expanders_only_once_opened(store: Store):
    # a dnnlab run: "Any logged metric" starts closed, and a closed expander draws nothing
    at = open_page(common.RUN_PAGE, run=store.runs["nan"])
    titles = [f["title"]["text"] for f in echarts(at)]
    pickers = [w.key for w in at.selectbox]
    assert "any_metric" not in pickers and not at.json  # no metric picker or evidence yet
    at.session_state["any_metric_open"] = True
    at.session_state["evidence_nan_loss"] = True
    at.run()
    assert not at.exception
    assert at.selectbox(key="any_metric").options  # the picker and its chart, once opened
    assert len(echarts(at)) == len(titles) + 1
    assert at.json and "nan" in at.json[0].value.lower()  # the finding's evidence
    # another tool's run: the expander starts open, its chart drawn on the first view
    at = open_page(common.RUN_PAGE, run=store.runs["foreign"])
    assert at.selectbox(key="any_metric").options


def test_run_page_marks_the_nan_of_a_run_that_failed_at_step_3(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["nan"])
    assert "FAILED at step 3" in texts(at.warning)
    loss = e_by_title(echarts(at), "Training loss")
    assert axis(loss, "x")["name"] == "optimisation step"
    markers = [s for s in curves(loss) if (s.get("label") or {}).get("formatter") == "nan_loss"]
    assert markers and xs(markers[0]) == [3]  # where the NaN appeared
    assert markers[0]["symbol"] == CROSS  # an "x", not a star
    assert "nan_loss" in texts(at.markdown) and "What to do" in texts(at.markdown)
    # the finding's heading carries its severity as an icon Streamlit ships (no emoji font needed)
    assert any(m.value.startswith(":red[:material/error:] **nan_loss** (critical)")
               for m in at.markdown)
    evaluation = open_page(common.RUN_PAGE, run=store.runs["nan"], tab="Evaluation")
    assert "No confusion matrix" in texts(evaluation.info)


def test_run_page_of_a_run_logged_by_another_tool(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["foreign"])
    assert "not logged by dnnlab" in texts(at.info)
    network = open_page(common.RUN_PAGE, run=store.runs["foreign"], tab="Inside the network")
    assert "no per-layer statistics" in texts(network.info)
    loss = e_by_title(echarts(at), "Training vs validation loss")
    assert names(loss)[:2] == ["loss", "val_loss"]


def test_run_page_of_a_regression_run_and_a_run_without_validation(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["regression"])
    assert "Regression run" in texts(at.info)
    figs = echarts(at)
    assert "r2" in axis(e_by_title(figs, "r2 per epoch"), "y")["name"]
    evaluation = open_page(common.RUN_PAGE, run=store.runs["regression"], tab="Evaluation")
    assert not echarts(evaluation)  # no confusion matrix or ROC curve
    assert "Regression: no confusion matrix" in texts(evaluation.caption)
    at = open_page(common.RUN_PAGE, run=store.runs["no_val"])
    assert "no validation split" in texts(at.info)
    loss = e_by_title(echarts(at), "Training loss (no validation curve)")
    assert names(loss) == ["train/epoch_loss"] or "val/loss" not in names(loss)


def test_run_page_overlays_findings_and_handles_unknown_ids(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["foreign"])
    loss = e_by_title(echarts(at), "Training vs validation loss")
    # the foreign run is still falling at its end: not_converged shaded over its last epochs
    assert any(lane["label"].startswith("not_converged") for lane in lanes(loss))
    at = open_page(common.RUN_PAGE, run="0" * 32)
    assert "is not in this tracking store" in texts(at.warning)


# ----------------------------------------------------------------------------- Compare


def test_compare_page_overlays_runs_and_diffs_params(store: Store):
    ids = f"{store.runs['tabular']},{store.runs['regression']},{store.runs['foreign']}"
    at = open_page(common.COMPARE_PAGE, runs=ids)
    fig = by_title(charts(at), "val/loss across 3 runs")
    assert len(fig["data"]) == 2  # the foreign run has no val/loss
    assert "Not logged by: keras-fit" in texts(at.caption)
    diff = at.dataframe[1].value
    assert "data.dataset" in diff.index and len(diff.columns) == 3
    at.selectbox(key="compare_metric").set_value("loss").run()
    assert len(by_title(charts(at), "loss across")["data"]) == 1
    at = open_page(common.COMPARE_PAGE, runs=store.runs["cnn"])
    assert "Pick 2 to 10 runs" in texts(at.info)


# ----------------------------------------------------------------------------- Study


def test_study_page_shows_history_importances_map_states_and_links(store: Store):
    at = open_page(common.STUDY_PAGE)
    assert at.selectbox(key="study_name").value == STUDY
    figs = charts(at)
    for prefix in ("Optimisation history", "optim.lr × model.dropout", "Trials by state",
                   "Intermediate values"):
        by_title(figs, prefix)
    # two completed trials: too few for importances and a contour (5 needed), said instead
    titles = [f["layout"]["title"]["text"] for f in figs]
    assert not any(t.startswith(("Parameter importances", "Contour")) for t in titles)
    assert texts(at.info).count("needs at least 5 finished trials, has 2") == 2
    scatter = by_title(figs, "optim.lr × model.dropout")
    assert "PRUNED" in trace_names(scatter)
    states = by_title(figs, "Trials by state")
    assert {"COMPLETE", "PRUNED"} <= set(trace_names(states))
    trials = at.dataframe[0].value
    pruned = trials[trials["state"] == "PRUNED"].iloc[0]
    assert pruned["pruned_epoch"] == 1
    first = trials[trials["number"] == 0].iloc[0]
    assert first["run"] == f"run?run={store.runs['trial0']}"
    assert at.header[0].value == "Study diagnosis"
    assert texts(at.success) or "**" in texts(at.markdown)
    links = [p for p in at.get("page_link")]
    assert any(store.runs["trial0"] in str(p.proto.query_string) or
               "run=" in str(p.proto.query_string) for p in links)


def test_study_page_without_storage(store: Store, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DNNLAB_STORAGE", str(store.folder / "none.journal"))
    at = open_page(common.STUDY_PAGE)
    assert "holds no study" in texts(at.info) or "Cannot read" in texts(at.warning)


# ----------------------------------------------------------------------------- Inspect


def test_inspect_page_for_a_cnn(store: Store):
    at = open_page(common.INSPECT_PAGE, run=store.runs["cnn"])
    figs = charts(at)
    by_title(figs, "First-layer filters conv1 (4 × 1 × 3 × 3)")
    by_title(figs, "conv2 filter 0")
    maps = by_title(figs, "Why ")
    panels = [a["text"] for a in maps["layout"]["annotations"]]
    assert panels[1:] == ["Saliency |∂S/∂x|", "SmoothGrad", "Integrated Gradients",
                          "Grad-CAM (act2)", "Occlusion (score drop)"]
    probs = by_title(figs, "Predicted probabilities")
    assert len(probs["data"][0]["x"]) == 10 and len(array(probs["data"][0]["y"])) == 10
    emb = by_title(figs, "test split in the last hidden layer (16 features) by PCA")
    assert "misclassified" in trace_names(emb)
    by_title(figs, "Misclassified samples")
    assert "parameter randomisation" in texts(at.caption)
    at.number_input(key="sal_idx").set_value(5).run()
    at.selectbox(key="gc_layer").set_value("conv1").run()
    assert not at.exception
    assert "Grad-CAM (conv1)" in [a["text"] for a in by_title(charts(at), "Why ")["layout"]
                                  ["annotations"]]


def test_inspect_page_for_tabular_regression_and_runs_it_cannot_rebuild(store: Store):
    at = open_page(common.INSPECT_PAGE, run=store.runs["tabular"])
    figs = charts(at)
    attr = by_title(figs, "Feature attributions toward class")
    assert {t["name"] for t in attr["data"]} == {"Integrated Gradients", "gradient × input",
                                                 "occlusion (score drop)"}
    by_title(figs, "Global feature importance")
    by_title(figs, "test split in the last hidden layer")
    at = open_page(common.INSPECT_PAGE, run=store.runs["regression"])
    by_title(charts(at), "Regression: predicted vs true")
    at = open_page(common.INSPECT_PAGE, run=store.runs["foreign"])
    assert "not logged by dnnlab" in texts(at.info)
    at = open_page(common.INSPECT_PAGE, run=store.runs["nan"])
    assert "has no checkpoint" in texts(at.info)


# ----------------------------------------------------------------------------- empty store


@pytest.mark.parametrize("page", [None, common.RUN_PAGE, common.COMPARE_PAGE, common.STUDY_PAGE,
                                  common.INSPECT_PAGE])
def test_empty_and_missing_stores_say_so(store: Store, monkeypatch: pytest.MonkeyPatch,
                                         page: str | None, tmp_path: Path):
    monkeypatch.setenv("MLFLOW_TRACKING_URI", store.empty_uri)
    at = open_page(page)
    assert "no runs yet" in texts(at.info) or "No Optuna storage" in texts(at.info) \
        or "No dnnlab run" in texts(at.info)
    missing = tmp_path / "nowhere" / "mlflow.db"
    monkeypatch.setenv("MLFLOW_TRACKING_URI", f"sqlite:///{missing}")
    at = open_page(page)
    assert "No tracking store at" in texts(at.info)
    assert not missing.exists()  # viewing never creates a store


# ----------------------------------------------------------------------------- issue 15


def test_run_page_clips_a_spike_and_marks_it_in_per_step_view(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["spike"])
    at.radio(key="x_mode").set_value("per step").run()
    loss = e_by_title(echarts(at), "Training vs validation loss")
    lo, hi = axis(loss, "y")["min"], axis(loss, "y")["max"]
    assert 2.45 < hi < 4  # the cycle between 2.15 and 2.45 fills the chart, 1646 does not
    clipped = by_symbol(loss, "triangle")
    assert len(clipped) == 1
    assert xs(clipped[0]) == [2]
    assert column(clipped[0], 2) == [1646]  # the tooltip gives the real value
    assert clipped[0]["encode"]["tooltip"] == [2]
    assert all(lo < y <= hi for y in column(clipped[0], 1))  # drawn at the top edge
    assert "triangles at its top edge" in texts(at.caption)
    at.toggle(key="log_y").set_value(True).run()  # the log scale still shows everything
    loss = e_by_title(echarts(at), "Training vs validation loss")
    assert axis(loss, "y")["type"] == "log" and "max" not in axis(loss, "y")
    assert not by_symbol(loss, "triangle")


def test_run_page_draws_each_finding_over_its_own_steps_in_its_own_lane(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["spike"])
    at.radio(key="x_mode").set_value("per step").run()
    loss = e_by_title(echarts(at), "Training vs validation loss")
    bands = {lane["label"].split(" ")[0]: lane for lane in lanes(loss)}
    assert set(bands) == {"divergence", "unshuffled_data"}  # dead_relu is not a loss finding
    assert bands["unshuffled_data"]["label"] == "unshuffled_data (steps 41–400)"
    assert (bands["divergence"]["x0"], bands["divergence"]["x1"]) == (1, 6)
    assert (bands["unshuffled_data"]["x0"], bands["unshuffled_data"]["x1"]) == (41, 400)
    spans = sorted((lane["y0"], lane["y1"]) for lane in bands.values())
    assert all(y1 - y0 <= 1 for y0, y1 in spans)  # one lane unit each
    assert spans[0][1] <= spans[1][0]  # lanes never overlap, nor do their labels
    main, lane_grid = loss["grid"]
    lane_axis = loss["yAxis"][1]
    assert lane_axis["gridIndex"] == 1 and lane_axis["max"] == 2
    assert lane_grid["top"] + lane_grid["height"] <= main["top"]  # the curves sit below them
    assert lane_grid["height"] < 0.2 * 440
    # one x range for the lanes and the curves
    assert (loss["xAxis"][1]["min"], loss["xAxis"][1]["max"]) == \
        (axis(loss, "x")["min"], axis(loss, "x")["max"])
    assert axis(loss, "x")["min"] <= 1 and axis(loss, "x")["max"] >= 400
    # per epoch: the same findings in epochs (40 steps each)
    at.radio(key="x_mode").set_value("per epoch").run()
    loss = e_by_title(echarts(at), "Training vs validation loss")
    bands = {lane["label"].split(" ")[0]: lane for lane in lanes(loss)}
    assert (bands["unshuffled_data"]["x0"], bands["unshuffled_data"]["x1"]) == (41 / 40, 10)


def test_run_page_marks_the_epoch_the_checkpoint_kept(store: Store):
    from dnnlab.interpret import load_run_model

    run_id = store.runs["cnn"]
    kept = load_run_model(MlflowClient(store.uri), run_id).epoch  # best.pt's epoch
    at = open_page(common.RUN_PAGE, run=run_id)
    figs = echarts(at)
    for title in ("Training vs validation loss", "accuracy per epoch"):
        lines = mark_lines(e_by_title(figs, title))
        assert [m["xAxis"] for m in lines] == [kept], title
        assert lines[0]["label"]["formatter"].startswith(f"best epoch {kept}")
        assert lines[0]["lineStyle"]["type"] == "dotted"
        assert lines[0]["lineStyle"]["color"] == GREEN
    at.radio(key="x_mode").set_value("per step").run()
    loss = e_by_title(echarts(at), "Training vs validation loss")
    spe = int(MlflowClient(store.uri).get_run(run_id).data.params["steps_per_epoch"])
    assert [m["xAxis"] for m in mark_lines(loss)] == [kept * spe]


def test_run_page_evaluation_charts_are_readable(store: Store):
    figs = echarts(open_page(common.RUN_PAGE, run=store.runs["cnn"]))
    figs += echarts(open_page(common.RUN_PAGE, run=store.runs["cnn"], tab="Evaluation"))
    roc = e_by_title(figs, "ROC curves")
    legend = roc["legend"]
    assert legend["orient"] == "vertical" and legend["right"] == 0  # beside the plot ...
    assert roc["grid"][0]["right"] >= 150  # ... in a column the plot leaves free
    norm = e_by_title(figs, "Confusion matrix (test split, % of each true class")
    cells = norm["series"][0]["data"]
    assert all(c["label"]["formatter"] == f"{c['value'][2]:.0f}" for c in cells)  # "93"
    assert max(c["value"][2] for c in cells) > 1  # percent, not 0.93
    assert norm["series"][0]["label"]["show"] and norm["series"][0]["label"]["fontSize"] >= 12
    lr = e_by_title(figs, "Learning rate")  # a constant 0.01: a linear axis, plain ticks
    assert axis(lr, "y")["type"] != "log"
    assert axis(lr, "y")["min"] == 0 and axis(lr, "y")["scale"] is False


def test_run_page_of_a_lightning_run_uses_epochs_and_global_steps_truthfully(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["lightning"])
    figs = echarts(at)
    loss = e_by_title(figs, "Training vs validation loss")
    assert axis(loss, "x")["name"] == "epoch"
    val = next(s for s in curves(loss) if s["name"] == "val_loss")
    assert xs(val) == [1, 2, 3, 4]  # mapped through Lightning's epoch metric
    train = next(s for s in curves(loss) if s["name"].startswith("train_loss"))
    assert max(xs(train)) == pytest.approx(200 / 50)  # 50 steps per epoch
    acc = e_by_title(figs, "accuracy per epoch")
    assert set(names(acc)) >= {"val_acc", "train_acc_epoch"}
    assert "Curves read as the diagnosis reads them" in texts(at.caption)
    at.radio(key="x_mode").set_value("per step").run()
    loss = e_by_title(echarts(at), "Training vs validation loss")
    assert axis(loss, "x")["name"] == "optimisation step"
    val = next(s for s in curves(loss) if s["name"] == "val_loss")
    assert xs(val) == [49, 99, 149, 199]  # the global steps they were logged at


def test_run_page_of_a_hugging_face_run_draws_its_loss_curve(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["hf"])
    figs = echarts(at)
    loss = e_by_title(figs, "Training vs validation loss")
    assert "train_loss" not in " ".join(names(loss))  # not the one end-of-run mean
    train = next(s for s in curves(loss) if s["name"].startswith("loss"))
    assert len(xs(train)) == 30
    val = next(s for s in curves(loss) if s["name"] == "eval_loss")
    assert xs(val) == [1, 2, 3]
    assert set(names(e_by_title(figs, "accuracy per epoch"))) == {"eval_accuracy"}
    assert names(e_by_title(figs, "Learning rate")) == ["learning_rate"]


def test_run_page_of_a_run_without_metrics_says_so_once(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["empty"])
    assert "has no metrics logged" in texts(at.info)
    assert not at.success  # no green "No problems found"
    assert "verdict `" not in texts(at.warning) + texts(at.error)


def test_runs_table_shows_the_whole_diagnosis(store: Store):
    """(Its height, about 28 rows before it scrolls, is measured in the browser test.)"""
    at = open_page()
    config = json.loads(at.dataframe[0].proto.columns)
    table = at.dataframe[0].value
    longest = table["diagnosis"].str.len().max()
    assert config["diagnosis"]["width"] >= min(520, 8 * longest)  # wide enough for the badges
    assert config["run_name"]["pinned"] is True


def test_inspect_page_explains_a_dead_network(store: Store):
    at = open_page(common.INSPECT_PAGE, run=store.runs["dead"])
    warnings = texts(at.warning)
    assert "maps are flat" in warnings and "dead_relu" in warnings
    assert "100% dead" in warnings
    assert "fall on one point" in warnings
    links = [p for p in at.get("page_link") if "dead_relu" in str(p.proto.label)]
    assert links and store.runs["dead"] in str(links[0].proto.query_string)
    assert "tab=Inside+the+network" in str(links[0].proto.query_string)  # its charts' tab
    # a healthy network gets no such warning
    at = open_page(common.INSPECT_PAGE, run=store.runs["cnn"])
    assert "maps are flat" not in texts(at.warning)


def test_inspect_page_filters_are_small_multiples_with_kernel_axes(store: Store):
    figs = charts(open_page(common.INSPECT_PAGE, run=store.runs["cnn"]))
    filters = by_title(figs, "First-layer filters conv1")
    assert len(filters["data"]) == 4  # one 3x3 tile per filter
    assert all(array(t["z"]).shape == (3, 3) for t in filters["data"])
    assert [a["text"] for a in filters["layout"]["annotations"]] == [f"filter {i}"
                                                                     for i in range(4)]
    maps = by_title(figs, "Why ")
    assert maps["layout"]["yaxis2"]["scaleanchor"] == "x2"  # square tiles
    assert maps["layout"]["yaxis2"]["showticklabels"] is False


def test_a_script_run_that_imported_modules_freezes_them_for_the_collector(
        store: Store, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(common, "_modules_frozen", 0)  # as in a new server process
    before = gc.get_freeze_count()
    try:
        open_page()  # app.py freezes at the end of its run
        assert common._modules_frozen == len(sys.modules)
        assert gc.get_freeze_count() > before
        frozen = gc.get_freeze_count()
        made = [[i] for i in range(1000)]
        common.freeze_imports()  # nothing imported since: nothing more kept forever
        assert gc.get_freeze_count() == frozen
        monkeypatch.setattr(common, "_modules_frozen", len(sys.modules) - 1)  # one import
        common.freeze_imports()
        assert gc.get_freeze_count() >= frozen + len(made)
    finally:
        gc.unfreeze()
