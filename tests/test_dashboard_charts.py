"""dashboards/charts.py: the ECharts options of the Run page, built from dnnlab's data (pure
functions: no Streamlit)."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from dashboards import charts
from dashboards.charts import Chart
from dnnlab.dashboard_data import Overlay, Series


def series(key: str, values: list[float] | np.ndarray, start: int = 1,
           total: int | None = None) -> Series:
    v = np.asarray(values, dtype=float)
    return Series(key, np.arange(start, start + len(v)), v, total or len(v))


def main_series(opt: dict) -> list[dict]:
    return [s for s in opt["series"] if s.get("yAxisIndex", 0) == 0]


def test_numbers_are_rounded_json_and_nan_is_null():
    assert charts.num(0.123456789) == 0.123457
    assert charts.num(2.0) == 2 and isinstance(charts.num(2.0), int)
    assert charts.num(np.int64(7)) == 7 and isinstance(charts.num(np.int64(7)), int)
    assert charts.num(1.23456789e-7) == 1.23457e-07
    assert charts.num(float("nan")) is None and charts.num(float("inf")) is None
    assert charts.pairs([1, 2], [0.5, float("nan")], ["a", 3.0]) == [[1, 0.5, "a"],
                                                                     [2, None, 3]]


def test_option_has_titles_legend_axis_tooltip_and_is_plain_json():
    c = Chart("Training vs validation loss", "epoch", "loss (cross_entropy)", height=440)
    c.add_line(series("train/epoch_loss", [2.0, 1.0, 0.5]), "train/epoch_loss",
               color="#1f77b4", mode="lines+markers")
    c.add_line(series("val/loss", [2.1, 1.2, 0.9]), "val/loss", dash="dash")
    opt = c.option()
    assert json.loads(json.dumps(opt, allow_nan=False)) == opt  # JSON only: no callbacks
    assert opt["title"]["text"] == "Training vs validation loss"
    assert opt["xAxis"][0]["name"] == "epoch" and opt["xAxis"][0]["minInterval"] == 1
    assert (opt["xAxis"][0]["min"], opt["xAxis"][0]["max"]) == ("dataMin", "dataMax")
    assert opt["yAxis"][0]["name"] == "loss (cross_entropy)"
    assert opt["yAxis"][0]["type"] == "value"
    assert opt["legend"]["data"] == ["train/epoch_loss", "val/loss"]
    assert opt["legend"]["orient"] == "horizontal"
    assert opt["tooltip"]["trigger"] == "axis"
    first, second = opt["series"]
    assert first["data"] == [[1, 2], [2, 1], [3, 0.5]]
    assert first["showSymbol"] is True and first["lineStyle"]["color"] == "#1f77b4"
    assert second["showSymbol"] is False and second["lineStyle"]["type"] == "dashed"
    assert len(opt["grid"]) == 1  # no findings: no lane grid


def test_long_lines_are_reduced_and_lose_their_symbols():
    c = Chart("t", "optimisation step", "y")
    c.add_line(series("train/loss", np.linspace(3, 1, 5000), total=200_000), "train/loss",
               mode="lines+markers")
    s = c.option()["series"][0]
    assert len(s["data"]) == charts.LINE_POINTS and s["showSymbol"] is False
    assert s["data"][0] == [1, 3] and s["data"][-1] == [5000, 1]


def test_log_axis_drops_points_at_or_below_zero():
    c = Chart("t", "optimisation step", "ratio (log)", log_y=True)
    c.add_line(series("r", [1e-3, 0.0, 1e-2]), "r", log_y=True)
    opt = c.option()
    assert opt["yAxis"][0]["type"] == "log"
    assert [p[1] for p in opt["series"][0]["data"]] == [0.001, 0.01]


def test_nan_and_inf_points_are_crosses_at_the_last_finite_value():
    c = Chart("t", "optimisation step", "loss")
    c.add_line(series("train/loss", [2.0, 1.5, float("nan"), float("inf")]), "train/loss")
    opt = c.option()
    marks = next(s for s in opt["series"] if s["name"] == "train/loss: NaN/Inf")
    assert marks["symbol"] == charts.CROSS and marks["type"] == "scatter"
    assert marks["data"] == [[3, 1.5, "nan"], [4, 1.5, "inf"]]
    assert marks["encode"]["tooltip"] == [2]  # the tooltip says nan / inf
    assert opt["legend"]["data"] == ["train/loss", "train/loss: NaN/Inf"]


def test_finding_bands_get_lanes_above_the_curves_with_a_shared_x_range():
    c = Chart("loss", "optimisation step", "loss", height=440)
    c.add_line(series("train/loss", np.linspace(3, 1, 400)), "train/loss")
    c.draw_overlays([
        Overlay("divergence", "critical", "band", 1, 6, None, "divergence (steps 1–6)"),
        Overlay("unshuffled_data", "warning", "band", 41, 400, None,
                "unshuffled_data (steps 41–400)"),
    ])
    opt = c.option()
    main, lanes = opt["grid"]
    assert lanes["top"] + lanes["height"] <= main["top"]  # the lanes sit above the curves
    assert opt["xAxis"][1]["gridIndex"] == 1 and opt["yAxis"][1]["gridIndex"] == 1
    assert (opt["xAxis"][0]["min"], opt["xAxis"][0]["max"]) == (1, 400)
    assert (opt["xAxis"][1]["min"], opt["xAxis"][1]["max"]) == (1, 400)
    lane_series = [s for s in opt["series"] if s.get("yAxisIndex") == 1]
    areas = [s["markArea"]["data"][0] for s in lane_series]
    assert [a[0]["name"] for a in areas] == ["divergence (steps 1–6)",
                                             "unshuffled_data (steps 41–400)"]
    assert [(a[0]["xAxis"], a[1]["xAxis"]) for a in areas] == [(1, 6), (41, 400)]
    spans = [(a[0]["yAxis"], a[1]["yAxis"]) for a in areas]
    assert spans[0][1] <= spans[1][0]  # one lane each, never overlapping
    assert areas[0][0]["itemStyle"]["color"] == charts.SEVERITY_COLOR["critical"]
    assert areas[0][0]["label"]["position"] == "insideLeft"  # room on the right
    assert areas[1][0]["label"]["formatter"] == "unshuffled_data (steps 41–400)"
    assert opt["legend"]["data"] == ["train/loss"]  # lanes are not in the legend


def test_finding_markers_are_stars_or_a_cross_with_their_code():
    c = Chart("loss", "epoch", "loss")
    c.add_line(series("val/loss", [1.0, 0.5, 0.7, 0.9]), "val/loss")
    c.draw_overlays([
        Overlay("overfitting", "warning", "marker", 2, 2, 0.5, "overfitting starts"),
        Overlay("nan_loss", "critical", "marker", 4, 4, None, "first NaN/Inf in loss"),
    ], y_default=0.9)
    opt = c.option()
    star = next(s for s in opt["series"] if s["name"] == "overfitting starts")
    cross = next(s for s in opt["series"] if s["name"] == "first NaN/Inf in loss")
    assert star["symbol"] == charts.STAR and star["label"]["formatter"] == "overfitting"
    assert cross["symbol"] == charts.CROSS and cross["label"]["formatter"] == "nan_loss"
    assert star["data"] == [[2, 0.5, "0.5"]] and cross["data"] == [[4, 0.9, "0.9"]]
    assert star["itemStyle"]["color"] == charts.SEVERITY_COLOR["warning"]


def test_a_marker_without_a_height_is_a_vertical_line():
    c = Chart("t", "epoch", "y")
    c.draw_overlays([Overlay("x", "info", "marker", 3, 3, None, "something at 3")])
    opt = c.option()
    line = opt["series"][0]["markLine"]["data"][0]
    assert line["xAxis"] == 3 and line["label"]["formatter"] == "something at 3"


def test_clipped_axis_marks_the_spike_at_the_top_edge_with_its_real_value():
    values = np.r_[1646.0, 2.0 + 0.1 * np.sin(np.arange(100))]
    s = series("train/loss", values)
    c = Chart("loss", "optimisation step", "loss")
    c.add_line(s, "train/loss")
    top = c.clip_y([(s, 1.0)], "step")
    assert top is not None and 2.0 < top < 4
    opt = c.option()
    y = opt["yAxis"][0]
    assert y["min"] < 2 and top < y["max"] < 4
    tri = next(s for s in opt["series"] if s.get("symbol") == "triangle")
    assert len(tri["data"]) == 1 and tri["data"][0][0] == 1 and tri["data"][0][2] == 1646
    assert top < tri["data"][0][1] <= y["max"]  # drawn at the top edge
    assert tri["encode"]["tooltip"] == [2]  # the tooltip gives the real value
    assert tri["name"].startswith("1 point(s) above the axis")
    # a curve without an outlier is not clipped
    calm = series("val/loss", np.linspace(3, 1, 50))
    c2 = Chart("loss", "epoch", "loss")
    c2.add_line(calm, "val/loss")
    assert c2.clip_y([(calm, 1.0)], "epoch") is None
    assert "max" not in c2.option()["yAxis"][0]


def test_overlay_markers_above_a_clipped_axis_are_drawn_at_its_top():
    c = Chart("loss", "optimisation step", "loss")
    c.add_line(series("l", [1.0, 2.0]), "l")
    c.draw_overlays([Overlay("divergence", "critical", "marker", 2, 2, 500.0, "spike")],
                    y_cap=3.0)
    s = next(s for s in c.option()["series"] if s["name"] == "spike")
    assert s["data"] == [[2, 3, "500"]]


@pytest.mark.parametrize(("x", "side"), [(9, "insideEndTop"), (2, "insideEndBottom")])
def test_best_epoch_line_is_dotted_green_with_its_label(x: int, side: str):
    c = Chart("acc", "epoch", "accuracy")
    c.add_line(series("val/accuracy", np.linspace(0.5, 0.9, 10)), "val/accuracy")
    c.best_epoch_line(x, f"best epoch {x}")
    line = c.option()["series"][0]["markLine"]["data"][0]
    assert line["xAxis"] == x and line["label"]["formatter"] == f"best epoch {x}"
    assert line["lineStyle"] == {"type": "dotted", "color": charts.GREEN, "width": 2}
    assert line["label"]["position"] == side


def test_horizontal_band_and_reference_line_on_a_log_axis():
    c = Chart("Update ratio per layer", "optimisation step", "ratio (log)", log_y=True)
    c.add_line(series("conv1", [1e-2, 1e-3, 1e-4]), "conv1", log_y=True)
    c.hband(1e-4, 1e-2, "healthy range (diagnosis)", charts.GREEN)
    c.hline(1e-3, "1e-3 rule of thumb", charts.GREEN)
    opt = c.option()
    band = opt["series"][0]["markArea"]["data"][0]
    assert (band[0]["yAxis"], band[1]["yAxis"]) == (1e-4, 1e-2)
    assert band[0]["name"] == "healthy range (diagnosis)"
    rule = next(s for s in opt["series"] if s["name"] == "1e-3 rule of thumb")
    assert [p if isinstance(p, list) else p["value"] for p in rule["data"]] == \
        [[1, 0.001], [3, 0.001]]  # across the curves' x range
    assert rule["lineStyle"]["type"] == "dashed" and rule["silent"] is True
    assert rule["tooltip"] == {"show": False}
    assert opt["legend"]["data"] == ["conv1"]


def test_legend_beside_the_plot():
    c = Chart("ROC curves", "false positive rate (fraction)", "true positive rate (fraction)",
              legend="right")
    c.add_xy([0, 0.1, 1], [0, 0.8, 1], "class 0 (AUC 0.950)")
    c.add_xy([0, 1], [0, 1], "chance", color="grey", dash="dot")
    opt = c.option()
    assert opt["legend"]["orient"] == "vertical" and opt["legend"]["right"] == 0
    assert opt["grid"][0]["right"] == charts.LEGEND_RIGHT_PX
    assert opt["series"][1]["lineStyle"] == {"width": 1.6, "color": "grey", "type": "dotted"}


def test_ratio_heatmap_rows_input_to_output_centred_on_minus_3():
    z = np.array([[-1.0, -2.5, np.nan], [-3.0, -4.0, -5.0]])
    opt = charts.ratio_heatmap([10.0, 20.0, 30.0], ["conv1", "out"], z, "Update ratio")
    assert opt["yAxis"][0]["data"] == ["conv1", "out"] and opt["yAxis"][0]["inverse"] is True
    assert opt["xAxis"][0]["data"] == ["10", "20", "30"]
    assert opt["xAxis"][0]["name"] == "optimisation step"
    assert opt["yAxis"][0]["name"] == "layer (input → output)"
    vm = opt["visualMap"][0]
    assert (vm["min"], vm["max"]) == (-6, 0) and vm["inRange"]["color"] == charts.RDBU_R
    assert len(charts.RDBU_R) % 2 == 1 and charts.RDBU_R[len(charts.RDBU_R) // 2] == "#f7f7f7"
    data = opt["series"][0]["data"]
    assert ["30", "conv1", None] not in data and len(data) == 5  # empty bins are not drawn
    assert ["20", "conv1", -2.5] in data
    assert opt["tooltip"]["formatter"] == "step {@[0]}<br/>{@[1]}: 10^{@[2]}"
    # a centre off the middle of the range: the range is widened around it
    vm = charts.ratio_heatmap([1.0], ["a"], np.zeros((1, 1)), "t", centre=-2.0)["visualMap"][0]
    assert (vm["min"] + vm["max"]) / 2 == -2


def test_step_labels_never_merge():
    assert charts.step_labels([1.0, 2.0]) == ["1", "2"]
    assert charts.step_labels([1.2, 1.4]) == ["1.2", "1.4"]
    labels = charts.step_labels([1.01, 1.04])
    assert len(set(labels)) == 2


def test_confusion_chart_cells_categories_and_whole_numbers():
    z = 100 * np.array([[0.93, 0.07], [0.25, 0.75]])
    opt = charts.confusion_chart(["cat", "dog"], z, "Confusion matrix (% of each true class)",
                                 "% of the true class", font_size=14)
    assert opt["xAxis"][0]["type"] == opt["yAxis"][0]["type"] == "category"
    assert opt["xAxis"][0]["data"] == opt["yAxis"][0]["data"] == ["cat", "dog"]
    assert opt["yAxis"][0]["inverse"] is True  # the first true class at the top
    assert (opt["xAxis"][0]["name"], opt["yAxis"][0]["name"]) == ("predicted class",
                                                                  "true class")
    cells = {tuple(c["value"][:2]): c for c in opt["series"][0]["data"]}
    assert cells[("cat", "cat")]["value"][2] == 93 and \
        cells[("cat", "cat")]["label"]["formatter"] == "93"
    assert cells[("cat", "dog")]["label"]["formatter"] == "25"  # predicted cat, true dog
    rows = {}
    for _pred, true, v in (c["value"] for c in opt["series"][0]["data"]):
        rows[true] = rows.get(true, 0) + v
    assert all(math.isclose(v, 100) for v in rows.values())
    assert opt["series"][0]["label"] == {"show": True, "fontSize": 14}
    assert opt["visualMap"][0]["text"][0] == "% of the true class"


def test_show_draws_with_echarts_in_streamlits_theme(monkeypatch: pytest.MonkeyPatch):
    import streamlit as st

    calls = []
    monkeypatch.setattr(st, "echarts_chart", lambda spec, **kw: calls.append((spec, kw)))
    charts.show({"title": {"text": "t"}}, key="k", height=300)
    assert calls == [({"title": {"text": "t"}}, {"key": "k", "height": 300, "width": "stretch",
                                                 "theme": "streamlit"})]
