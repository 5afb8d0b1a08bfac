"""Every dashboard page through Streamlit's AppTest, on a real MLflow + Optuna store filled by
real training runs (tests/dashboard_store.py): the elements shown, and never an exception."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from mlflow import MlflowClient
from streamlit.testing.v1 import AppTest

from dashboards import common
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
    """The plotly figures on the page; each must have a title and titled axes."""
    out = []
    for element in at.get("plotly_chart"):
        fig = json.loads(element.proto.spec)
        layout = fig["layout"]
        title = layout.get("title", {}).get("text")
        assert title, "a chart without a title"
        assert layout.get("xaxis", {}).get("title", {}).get("text"), f"{title}: no x title"
        assert layout.get("yaxis", {}).get("title", {}).get("text"), f"{title}: no y title"
        out.append(fig)
    return out


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


def test_run_page_draws_curves_layers_and_evaluation(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["cnn"])
    figs = charts(at)
    loss = by_title(figs, "Training vs validation loss")
    assert trace_names(loss)[:2] == ["train/epoch_loss", "val/loss"]
    assert loss["layout"]["xaxis"]["title"]["text"] == "epoch"
    heat = by_title(figs, "Update ratio ‖ΔW‖/‖W‖ per layer")
    assert heat["data"][0]["type"] == "heatmap" and heat["data"][0]["zmid"] == -3.0
    assert heat["data"][0]["y"] == ["conv1", "conv2", "fc1", "out"]
    lines = by_title(figs, "Update ratio per layer")
    assert any(s.get("y0") == 1e-3 for s in lines["layout"]["shapes"])  # the 1e-3 line
    assert lines["layout"]["yaxis"]["type"] == "log"
    assert trace_names(by_title(figs, "Gradient norm per layer"))[:4] == ["conv1", "conv2",
                                                                         "fc1", "out"]
    assert set(trace_names(by_title(figs, "Dead ReLU units"))) == {"act1", "act2", "act_fc1"}
    counts = by_title(figs, "Confusion matrix (test split, counts)")
    assert array(counts["data"][0]["z"]).shape == (10, 10)
    norm = by_title(figs, "Confusion matrix (test split, % of each true class")
    assert np.allclose(array(norm["data"][0]["z"]).sum(1), 100)
    roc = by_title(figs, "ROC curves")
    assert sum("AUC" in n for n in trace_names(roc)) == 10
    assert at.header[0].value == "Learning curves"
    params = at.dataframe[-2].value
    assert "optim.lr" in set(params["param"])
    # log scale and per-step x axis
    at.toggle(key="log_y").set_value(True).run()
    at.radio(key="x_mode").set_value("per step").run()
    loss = by_title(charts(at), "Training vs validation loss")
    assert loss["layout"]["yaxis"]["type"] == "log"
    assert loss["layout"]["xaxis"]["title"]["text"] == "optimisation step"
    assert trace_names(loss)[0] == "train/loss (mini-batch)"


def test_run_page_marks_the_nan_of_a_run_that_failed_at_step_3(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["nan"])
    assert "FAILED at step 3" in texts(at.warning)
    loss = by_title(charts(at), "Training loss")
    assert loss["layout"]["xaxis"]["title"]["text"] == "optimisation step"
    markers = [t for t in loss["data"] if t.get("text") == ["nan_loss"]]
    assert markers and list(array(markers[0]["x"])) == [3.0]  # where the NaN appeared
    assert "nan_loss" in texts(at.markdown) and "What to do" in texts(at.markdown)
    assert "No confusion matrix" in texts(at.info)


def test_run_page_of_a_run_logged_by_another_tool(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["foreign"])
    assert "not logged by dnnlab" in texts(at.info)
    assert "no per-layer statistics" in texts(at.info)
    loss = by_title(charts(at), "Training vs validation loss")
    assert trace_names(loss)[:2] == ["loss", "val_loss"]


def test_run_page_of_a_regression_run_and_a_run_without_validation(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["regression"])
    assert "Regression run" in texts(at.info)
    figs = charts(at)
    assert not [f for f in figs if f["layout"]["title"]["text"].startswith("Confusion")]
    assert "r2" in by_title(figs, "r2 per epoch")["layout"]["yaxis"]["title"]["text"]
    at = open_page(common.RUN_PAGE, run=store.runs["no_val"])
    assert "no validation split" in texts(at.info)
    loss = by_title(charts(at), "Training loss (no validation curve)")
    assert trace_names(loss) == ["train/epoch_loss"] or "val/loss" not in trace_names(loss)


def test_run_page_overlays_findings_and_handles_unknown_ids(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["foreign"])
    loss = by_title(charts(at), "Training vs validation loss")
    # the foreign run is still falling at its end: not_converged shaded over its last epochs
    bands = [s for s in loss["layout"].get("shapes", []) if s.get("type") == "rect"]
    assert any(s["label"]["text"].startswith("not_converged") for s in bands)
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


def shapes(fig: dict[str, Any], kind: str = "rect") -> list[dict[str, Any]]:
    return [s for s in fig["layout"].get("shapes", []) if s.get("type") == kind]


def test_run_page_clips_a_spike_and_marks_it_in_per_step_view(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["spike"])
    at.radio(key="x_mode").set_value("per step").run()
    loss = by_title(charts(at), "Training vs validation loss")
    lo, hi = loss["layout"]["yaxis"]["range"]
    assert 2.45 < hi < 4  # the cycle between 2.15 and 2.45 fills the chart, 1646 does not
    clipped = [t for t in loss["data"] if t.get("marker", {}).get("symbol") == "triangle-up"]
    assert len(clipped) == 1
    assert list(array(clipped[0]["x"])) == [2.0]
    assert list(array(clipped[0]["customdata"])) == [1646.0]  # hover gives the real value
    assert all(y <= hi for y in array(clipped[0]["y"]))  # drawn at the top edge
    assert "triangles at its top edge" in texts(at.caption)
    at.toggle(key="log_y").set_value(True).run()  # the log scale still shows everything
    loss = by_title(charts(at), "Training vs validation loss")
    assert loss["layout"]["yaxis"]["type"] == "log" and "range" not in loss["layout"]["yaxis"]
    assert not [t for t in loss["data"] if t.get("marker", {}).get("symbol") == "triangle-up"]


def test_run_page_draws_each_finding_over_its_own_steps_in_its_own_lane(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["spike"])
    at.radio(key="x_mode").set_value("per step").run()
    loss = by_title(charts(at), "Training vs validation loss")
    bands = {s["label"]["text"].split(" ")[0]: s for s in shapes(loss)}
    assert set(bands) == {"divergence", "unshuffled_data"}  # dead_relu is not a loss finding
    assert bands["unshuffled_data"]["label"]["text"] == "unshuffled_data (steps 41–400)"
    assert (bands["divergence"]["x0"], bands["divergence"]["x1"]) == (1, 6)
    assert (bands["unshuffled_data"]["x0"], bands["unshuffled_data"]["x1"]) == (41, 400)
    spans = sorted((s["y0"], s["y1"]) for s in bands.values())
    assert all(s["yref"] == "paper" and s["y1"] - s["y0"] < 0.1 for s in bands.values())
    assert spans[0][1] <= spans[1][0]  # lanes never overlap, nor do their labels
    assert loss["layout"]["yaxis"]["domain"][1] <= spans[0][0]  # the curves sit below them
    # per epoch: the same findings in epochs (40 steps each)
    at.radio(key="x_mode").set_value("per epoch").run()
    loss = by_title(charts(at), "Training vs validation loss")
    bands = {s["label"]["text"].split(" ")[0]: s for s in shapes(loss)}
    assert (bands["unshuffled_data"]["x0"], bands["unshuffled_data"]["x1"]) == (41 / 40, 10)


def test_run_page_marks_the_epoch_the_checkpoint_kept(store: Store):
    from dnnlab.interpret import load_run_model

    run_id = store.runs["cnn"]
    kept = load_run_model(MlflowClient(store.uri), run_id).epoch  # best.pt's epoch
    at = open_page(common.RUN_PAGE, run=run_id)
    figs = charts(at)
    for title in ("Training vs validation loss", "accuracy per epoch"):
        lines = shapes(by_title(figs, title), "line")
        assert [s["x0"] for s in lines] == [kept], title
        assert any(a["text"].startswith(f"best epoch {kept}")
                   for a in by_title(figs, title)["layout"]["annotations"])
    at.radio(key="x_mode").set_value("per step").run()
    loss = by_title(charts(at), "Training vs validation loss")
    spe = int(MlflowClient(store.uri).get_run(run_id).data.params["steps_per_epoch"])
    assert [s["x0"] for s in shapes(loss, "line")] == [kept * spe]


def test_run_page_evaluation_charts_are_readable(store: Store):
    figs = charts(open_page(common.RUN_PAGE, run=store.runs["cnn"]))
    roc = by_title(figs, "ROC curves")
    legend = roc["layout"]["legend"]
    assert legend["orientation"] == "v" and legend["x"] > 1  # beside the plot, not over it
    norm = by_title(figs, "Confusion matrix (test split, % of each true class")
    assert norm["data"][0]["texttemplate"] == "%{z:.0f}"  # "93", not "0.93"
    assert norm["data"][0]["textfont"]["size"] >= 12
    lr = by_title(figs, "Learning rate")  # a constant 0.01: a linear axis, plain ticks
    assert lr["layout"]["yaxis"].get("type") != "log"
    assert lr["layout"]["yaxis"]["tickformat"] == ".2~g"


def test_run_page_of_a_lightning_run_uses_epochs_and_global_steps_truthfully(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["lightning"])
    figs = charts(at)
    loss = by_title(figs, "Training vs validation loss")
    assert loss["layout"]["xaxis"]["title"]["text"] == "epoch"
    val = next(t for t in loss["data"] if t["name"] == "val_loss")
    assert list(array(val["x"])) == [1, 2, 3, 4]  # mapped through Lightning's epoch metric
    train = next(t for t in loss["data"] if t["name"].startswith("train_loss"))
    assert max(array(train["x"])) == pytest.approx(200 / 50)  # 50 steps per epoch
    acc = by_title(figs, "accuracy per epoch")
    assert {t["name"] for t in acc["data"]} >= {"val_acc", "train_acc_epoch"}
    assert "Curves read as the diagnosis reads them" in texts(at.caption)
    at.radio(key="x_mode").set_value("per step").run()
    loss = by_title(charts(at), "Training vs validation loss")
    assert loss["layout"]["xaxis"]["title"]["text"] == "optimisation step"
    val = next(t for t in loss["data"] if t["name"] == "val_loss")
    assert list(array(val["x"])) == [49, 99, 149, 199]  # the global steps they were logged at


def test_run_page_of_a_hugging_face_run_draws_its_loss_curve(store: Store):
    at = open_page(common.RUN_PAGE, run=store.runs["hf"])
    figs = charts(at)
    loss = by_title(figs, "Training vs validation loss")
    names = trace_names(loss)
    assert "train_loss" not in " ".join(names)  # not the one end-of-run mean
    train = next(t for t in loss["data"] if t["name"].startswith("loss"))
    assert len(array(train["x"])) == 30
    val = next(t for t in loss["data"] if t["name"] == "eval_loss")
    assert list(array(val["x"])) == [1, 2, 3]
    assert {t["name"] for t in by_title(figs, "accuracy per epoch")["data"]} == {"eval_accuracy"}
    assert by_title(figs, "Learning rate")["data"][0]["name"] == "learning_rate"


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
