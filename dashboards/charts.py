"""Apache ECharts option dicts for the Run page (``st.echarts_chart``, built into Streamlit).

One plotly chart on a page loads all of plotly.js (about a second per page view in the
browser); ECharts is Streamlit's own and draws on a canvas. Everything here is pure: it turns
dnnlab's data (:class:`~dnnlab.dashboard_data.Series`, :class:`~dnnlab.dashboard_data.Overlay`,
heat-map bins, confusion matrices) into JSON-compatible option dicts (no JavaScript callbacks:
tooltips use string templates and ``encode.tooltip``), with the behaviours of the plotly
helpers in :mod:`dashboards.common`: titles and axis titles with units, legends on top (or
beside the plot), NaN/Inf markers, findings in lanes of their own above the curves, finding
markers, a clipped y axis with triangles at its top edge, the best-epoch line.

Numbers are sent rounded to 6 significant digits as ``[x, y]`` pairs (a 200,000-step run's
page stays small). :func:`show` is the only function that needs Streamlit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from dnnlab.dashboard_data import (
    Overlay,
    Series,
    clipped_points,
    downsample,
    finding_lanes,
    robust_top,
)

Option = dict[str, Any]

LINE_POINTS = 1500  # points per line sent to the browser (as dashboards.common)
MARKER_POINTS = 200  # a line of more points is drawn without symbols
SEVERITY_COLOR = {"critical": "#d62728", "warning": "#ff7f0e", "info": "#1f77b4"}
GREEN = "#2ca02c"

# symbols (ECharts has no star or cross of its own: SVG paths)
STAR = ("path://M50,0L61.8,35.1L98.9,35.5L69.1,57.6L80.2,93L50,71.6L19.8,93L30.9,57.6"
        "L1.1,35.5L38.2,35.1Z")
CROSS = ("path://M10,0L50,40L90,0L100,10L60,50L100,90L90,100L50,60L10,100L0,90L40,50"
         "L0,10Z")
TRIANGLE = "triangle"

# vertical layout in pixels: the title, the legend under it, the finding lanes, the plot
TITLE_PX = 30
LEGEND_PX = 26
LANE_PX = 22
BOTTOM_PX = 52
LEFT_PX = 78
RIGHT_PX = 28
LEGEND_RIGHT_PX = 200  # the legend column beside the plot

# diverging blue - white - red (RdBu reversed), white in the middle of the range
RDBU_R = ["#053061", "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7", "#fddbc7",
          "#f4a582", "#d6604d", "#b2182b", "#67001f"]
BLUES = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5",
         "#08519c", "#08306b"]


# ----------------------------------------------------------------------------- numbers


def num(v: Any, digits: int = 6) -> float | int | None:
    """A JSON number rounded to ``digits`` significant digits (integers stay integers); None
    (JSON null) for NaN/Inf."""
    if isinstance(v, (bool, np.bool_)):
        return int(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    f = float(v)
    if not math.isfinite(f):
        return None
    if f == int(f) and abs(f) < 1e15:
        return int(f)
    return float(f"{f:.{digits}g}")


def nums(values: Iterable[Any], digits: int = 6) -> list[float | int | None]:
    return [num(v, digits) for v in np.asarray(values).tolist()]


def pairs(x: Iterable[Any], y: Iterable[Any], *extra: Iterable[Any]) -> list[list[Any]]:
    """``[[x, y, ...], ...]`` rounded; an extra column of strings is kept as text."""
    cols = [nums(x), nums(y)]
    for e in extra:
        e = list(e)
        cols.append([v if isinstance(v, str) else num(v) for v in e])
    return [list(row) for row in zip(*cols, strict=True)]


def x_is_integral(x_title: str) -> bool:
    """Axes of whole epochs, steps and trials: no 1.5 ticks."""
    return x_title.startswith(("epoch", "trial number", "optimisation step"))


# ----------------------------------------------------------------------------- the line chart


@dataclass
class Chart:
    """A line chart as an ECharts option: curves on a main grid, each finding's band in a lane
    of its own on a grid above it (same x range), marks (lines, bands) on the main grid."""

    title: str
    x_title: str
    y_title: str
    height: int = 380
    log_y: bool = False
    legend: Literal["top", "right"] = "top"
    tooltip: Literal["axis", "item"] = "axis"
    series: list[Option] = field(default_factory=list)
    lanes: list[tuple[Overlay, float, float]] = field(default_factory=list)
    mark_lines: list[Option] = field(default_factory=list)
    mark_areas: list[Any] = field(default_factory=list)
    hlines: list[Option] = field(default_factory=list)
    y_axis: Option = field(default_factory=dict)
    x_axis: Option = field(default_factory=dict)
    # points of each line a log axis cannot draw (0 or below): {line name: count}
    below_log_axis: dict[str, int] = field(default_factory=dict)

    # ------------------------------------------------------------------ data

    def xs(self) -> list[float]:
        """Every finite x of the curves drawn so far."""
        return [float(p[0]) for s in self.series for p in s.get("data", [])
                if p[0] is not None]

    def ys(self) -> list[float]:
        """Every finite y of the curves drawn so far."""
        return [float(p[1]) for s in self.series for p in s.get("data", [])
                if p[1] is not None]

    def add_xy(self, x: Sequence[float] | np.ndarray, y: Sequence[float] | np.ndarray,
               name: str, color: str | None = None, dash: str | None = None,
               markers: bool = False, width: float = 1.6) -> Option:
        """A line through the points as given."""
        line: Option = {"width": width}
        if color:
            line["color"] = color
        if dash:
            line["type"] = {"dash": "dashed", "dot": "dotted"}.get(dash, dash)
        s: Option = {"type": "line", "name": name, "data": pairs(x, y), "lineStyle": line,
                     "showSymbol": markers, "symbolSize": 6, "animation": False}
        if color:
            s["itemStyle"] = {"color": color}
        self.series.append(s)
        return s

    def add_line(self, s: Series, name: str, x_scale: float = 1.0, color: str | None = None,
                 dash: str | None = None, n_points: int = LINE_POINTS, log_y: bool = False,
                 mode: str = "lines") -> None:
        """One metric as a line (LTTB-reduced), plus a cross at every NaN/Inf point (drawn at
        the last finite value, as a NaN has no height): :func:`dashboards.common.add_line`."""
        x = s.steps.astype(float) * x_scale
        fx, fy, bx, by = downsample(x, s.values, n_points)
        if log_y:
            keep = fy > 0
            if not keep.all():
                # counted on the whole series, not the reduced one, so the caption is exact
                v = np.asarray(s.values, dtype=float)
                self.below_log_axis[name] = int(np.sum(np.isfinite(v) & (v <= 0)))
            fx, fy = fx[keep], fy[keep]
        markers = "markers" in mode and len(fx) <= MARKER_POINTS
        self.add_xy(fx, fy, name, color=color, dash=dash, markers=markers)
        if len(bx):
            height = float(fy[-1]) if len(fy) else 0.0
            self.add_points(bx, [height] * len(bx), f"{name}: NaN/Inf", CROSS, 12,
                            SEVERITY_COLOR["critical"], shown=[str(v) for v in by])

    def add_points(self, x: Sequence[float] | np.ndarray, y: Sequence[float] | np.ndarray,
                   name: str, symbol: str, size: int, color: str,
                   shown: Sequence[Any] | None = None, label: str | None = None) -> Option:
        """Markers; ``shown``: the value the tooltip gives for each (default its y), ``label``:
        a text drawn above each."""
        third = list(shown) if shown is not None else list(np.asarray(y, dtype=float))
        s: Option = {
            "type": "scatter", "name": name, "data": pairs(x, y, third),
            "symbol": symbol, "symbolSize": size, "animation": False,
            "itemStyle": {"color": color, "borderColor": "#000", "borderWidth": 1},
            "encode": {"x": 0, "y": 1, "tooltip": [2]}, "z": 5,
        }
        if label:
            s["label"] = {"show": True, "position": "top", "formatter": label, "color": color,
                          "fontSize": 11}
        self.series.append(s)
        return s

    # ------------------------------------------------------------------ marks

    def vline(self, x: float, label: str, color: str, dash: str = "dotted", width: float = 2,
              right_half: bool = False) -> None:
        """A vertical line over the plot, its label at the top on the side with room."""
        self.mark_lines.append({
            "xAxis": num(x), "name": label,
            "lineStyle": {"type": dash, "color": color, "width": width},
            "label": {"show": True, "formatter": label, "color": color, "fontSize": 11,
                      "position": "insideEndTop" if right_half else "insideEndBottom"},
        })

    def hline(self, y: float, label: str, color: str, dash: str = "dashed",
              position: Literal["top", "bottom"] = "bottom") -> None:
        """A horizontal line across the plot, its label at the right end (below or above it).
        Drawn as a series of its own over the curves' x range (an ECharts markLine at a
        ``yAxis`` value is not drawn on a log axis), left out of the legend and tooltip."""
        self.hlines.append({"y": num(y), "label": label, "color": color, "dash": dash,
                            "position": position})

    def hband(self, y0: float, y1: float, label: str, color: str, opacity: float = 0.08) -> None:
        """A shaded horizontal band across the plot, labelled at its top left."""
        self.mark_areas.append([
            {"yAxis": num(y0), "name": label, "itemStyle": {"color": color, "opacity": opacity},
             "label": {"show": True, "position": "insideTopLeft", "color": color,
                       "fontSize": 11}},
            {"yAxis": num(y1)}])

    def draw_overlays(self, overlays: Sequence[Overlay], y_default: float | None = None,
                      y_cap: float | None = None) -> None:
        """Each finding's band in a lane of its own above the curves (over its x range only,
        labelled with the code and range); markers as points, a star (a cross for nan_loss)
        with the code above it, drawn at ``y_cap`` when they lie above a clipped axis."""
        self.lanes.extend(finding_lanes(overlays))
        for ov in overlays:
            if ov.kind == "band":
                continue
            color = SEVERITY_COLOR.get(ov.severity, "#7f7f7f")
            y = ov.y if ov.y is not None and math.isfinite(ov.y) else y_default
            if y is None:
                self.vline(ov.x0, ov.label, color, dash="dotted", width=1.5)
                continue
            real = y
            if y_cap is not None and y > y_cap:
                y = y_cap
            self.add_points([ov.x0], [y], ov.label, CROSS if ov.code == "nan_loss" else STAR,
                            16, color, shown=[f"{real:.4g}"], label=ov.code)

    def clip_y(self, parts: Sequence[tuple[Series, float]], unit: str) -> float | None:
        """A y axis that shows the bulk of the curves (:func:`robust_top`) with every point above
        it marked by a triangle at the top edge whose tooltip gives its real value. Returns the
        top, or None when nothing was clipped."""
        top = robust_top([s.values for s, _ in parts])
        if top is None:
            return None
        finite = np.concatenate([s.values[np.isfinite(s.values)] for s, _ in parts])
        lo = float(finite.min())
        pad = 0.04 * (top - lo)
        xs, ys = [], []
        for s, scale in parts:
            x, y = clipped_points(s.steps.astype(float) * scale, s.values, top)
            xs.append(x)
            ys.append(y)
        x, y = np.concatenate(xs), np.concatenate(ys)
        self.y_axis.update(min=num(lo - pad), max=num(top + pad),
                           axisLabel={"showMinLabel": False, "showMaxLabel": False})
        self.add_points(x, np.full(len(x), top + 0.5 * pad),
                        f"{len(x)} point(s) above the axis ({unit} and value off the chart)",
                        TRIANGLE, 11, SEVERITY_COLOR["warning"], shown=list(y))
        return top

    def best_epoch_line(self, x: float, label: str) -> None:
        """The best epoch (the one the checkpoint kept) as a dotted green line over the curves,
        its label on the side with room (left of a line in the right half)."""
        xs = self.xs()
        right_half = bool(xs) and x > (min(xs) + max(xs)) / 2
        self.vline(x, label, GREEN, dash="dotted", width=2, right_half=right_half)

    # ------------------------------------------------------------------ the option

    def option(self) -> Option:
        """The ECharts option: main grid 0 (curves, marks), grid 1 above it (finding lanes)."""
        n_lanes = len(self.lanes)
        lanes_top = TITLE_PX + LEGEND_PX + 6
        main_top = lanes_top + (n_lanes * LANE_PX + 10 if n_lanes else 0)
        right = LEGEND_RIGHT_PX if self.legend == "right" else RIGHT_PX
        grids: list[Option] = [{"left": LEFT_PX, "right": right, "top": main_top,
                                "bottom": BOTTOM_PX}]
        x_axis: Option = {
            "type": "value", "name": self.x_title, "nameLocation": "middle", "nameGap": 30,
            "scale": True, "splitLine": {"show": True},
            "min": "dataMin", "max": "dataMax",  # the curves' range, not the next round tick
        }
        if x_is_integral(self.x_title):
            x_axis["minInterval"] = 1
        x_axis.update(self.x_axis)
        y_axis: Option = {
            "type": "log" if self.log_y else "value", "name": self.y_title,
            "nameLocation": "middle", "nameGap": LEFT_PX - 22, "scale": True,
        }
        y_axis.update(self.y_axis)
        x_axes, y_axes = [x_axis], [y_axis]
        series = [dict(s) for s in self.series]
        names = [s["name"] for s in series]
        host: Option | None = next((s for s in series if s["type"] == "line"),
                                   series[0] if series else None)
        if (self.mark_lines or self.mark_areas) and host is None:
            host = {"type": "line", "name": "", "data": [], "showSymbol": False}
            series.append(host)
        if host is not None and self.mark_lines:
            host["markLine"] = {"symbol": ["none", "none"], "silent": True, "animation": False,
                                "data": self.mark_lines}
        if host is not None and self.mark_areas:
            host["markArea"] = {"silent": True, "animation": False, "data": self.mark_areas}
        if self.hlines:
            xs = self.xs() or [0.0, 1.0]
            lo, hi = min(xs), max(xs)
            for h in self.hlines:
                series.append({
                    "type": "line", "name": h["label"], "symbolSize": 0, "silent": True,
                    "data": [[num(lo), h["y"]], {"value": [num(hi), h["y"]], "label": {
                        "show": True, "formatter": h["label"], "position": h["position"],
                        "align": "right", "color": h["color"], "fontSize": 11}}],
                    "lineStyle": {"type": h["dash"], "color": h["color"], "width": 1.5},
                    "itemStyle": {"color": h["color"]}, "tooltip": {"show": False},
                    "animation": False, "z": 4,
                })
        if n_lanes:
            xs = self.xs() + [v for ov, _, _ in self.lanes for v in (ov.x0, ov.x1)] + \
                [float(m["xAxis"]) for m in self.mark_lines if m.get("xAxis") is not None]
            lo, hi = min(xs), max(xs)
            if x_is_integral(self.x_title):
                lo, hi = math.floor(lo), math.ceil(hi)
            if x_axis["min"] == "dataMin":
                x_axis["min"] = num(lo)
            if x_axis["max"] == "dataMax":
                x_axis["max"] = num(hi)
            grids.append({"left": LEFT_PX, "right": right, "top": lanes_top,
                          "height": n_lanes * LANE_PX})
            x_axes.append({"type": "value", "gridIndex": 1, "min": x_axis["min"],
                           "max": x_axis["max"], "show": False})
            y_axes.append({"type": "value", "gridIndex": 1, "min": 0, "max": n_lanes,
                           "inverse": True, "show": False})
            mid = (lo + hi) / 2
            for i, (ov, _, _) in enumerate(self.lanes):
                color = SEVERITY_COLOR.get(ov.severity, "#7f7f7f")
                right_side = ov.x0 > mid
                series.append({
                    "type": "line", "name": ov.label, "xAxisIndex": 1, "yAxisIndex": 1,
                    "data": [[num(ov.x0), i + 0.5], [num(ov.x1), i + 0.5]],
                    "showSymbol": False, "lineStyle": {"opacity": 0}, "silent": True,
                    "tooltip": {"show": False}, "animation": False,
                    "markArea": {"silent": False, "animation": False, "data": [[
                        {"name": ov.label, "xAxis": num(ov.x0), "yAxis": i + 0.1,
                         "itemStyle": {"color": color, "opacity": 0.35},
                         "label": {"show": True, "color": color, "fontSize": 11,
                                   "position": "insideRight" if right_side else "insideLeft",
                                   "formatter": ov.label}},
                        {"xAxis": num(ov.x1), "yAxis": i + 0.9}]]},
                })
        legend: Option = {"data": names, "type": "scroll"}
        if self.legend == "right":
            legend.update(orient="vertical", right=0, top=TITLE_PX + 10)
        else:
            legend.update(orient="horizontal", top=TITLE_PX - 2, right=right)
        tooltip: Option = {"trigger": self.tooltip, "confine": True}
        if self.tooltip == "axis":
            tooltip["axisPointer"] = {"type": "line"}
        return {
            "title": {"text": self.title, "left": 0, "textStyle": {"fontSize": 15}},
            "legend": legend, "tooltip": tooltip, "grid": grids,
            "xAxis": x_axes, "yAxis": y_axes, "series": series, "animation": False,
        }


# ----------------------------------------------------------------------------- heat maps


def step_labels(centres: Sequence[float] | np.ndarray) -> list[str]:
    """Category labels of bin centres: whole steps, or one decimal when two would merge."""
    labels = [f"{c:.0f}" for c in np.asarray(centres, dtype=float)]
    if len(set(labels)) < len(labels):
        labels = [f"{c:.1f}" for c in np.asarray(centres, dtype=float)]
    if len(set(labels)) < len(labels):
        labels = [f"{c:.6g}" for c in np.asarray(centres, dtype=float)]
    return labels


def ratio_heatmap(centres: Sequence[float] | np.ndarray, layers: Sequence[str],
                  z: np.ndarray, title: str, x_title: str = "optimisation step",
                  y_title: str = "layer (input → output)", centre: float = -3.0,
                  low: float = -6.0, high: float = 0.0) -> Option:
    """The update-ratio heat map: log10 ratio per layer (rows input to output, top to bottom)
    and step bin, diverging colours centred on ``centre`` over ``low..high``; the tooltip reads
    "step S<br>layer: 10^value"."""
    xs = step_labels(centres)
    z = np.asarray(z, dtype=float)
    data = [[xs[j], str(layers[i]), num(z[i, j], 3)]
            for i in range(z.shape[0]) for j in range(z.shape[1]) if np.isfinite(z[i, j])]
    span = max(centre - low, high - centre)
    return {
        "title": {"text": title, "left": 0, "textStyle": {"fontSize": 15}},
        "tooltip": {"trigger": "item", "confine": True,
                    "formatter": "step {@[0]}<br/>{@[1]}: 10^{@[2]}"},
        "grid": [{"left": 110, "right": 90, "top": TITLE_PX + 14, "bottom": BOTTOM_PX}],
        "xAxis": [{"type": "category", "data": xs, "name": x_title, "nameLocation": "middle",
                   "nameGap": 30, "splitArea": {"show": False}}],
        "yAxis": [{"type": "category", "data": [str(n) for n in layers], "name": y_title,
                   "nameLocation": "middle", "nameGap": 95, "inverse": True}],
        "visualMap": [{"type": "continuous", "min": num(centre - span),
                       "max": num(centre + span), "calculable": True, "orient": "vertical",
                       "right": 0, "top": "middle", "itemHeight": 120,
                       "text": ["log10 ratio", ""], "precision": 1,
                       "inRange": {"color": RDBU_R}, "dimension": 2}],
        "series": [{"type": "heatmap", "name": "log10 update ratio", "data": data,
                    "animation": False, "progressive": 0}],
        "animation": False,
    }


def confusion_chart(labels: Sequence[str], z: np.ndarray, title: str, scale_title: str,
                    font_size: int = 12, x_title: str = "predicted class",
                    y_title: str = "true class") -> Option:
    """A confusion matrix as a heat map: categories on both axes (true classes top to bottom),
    the whole number in each cell ("93", not "0.93"), a blue scale titled ``scale_title``."""
    z = np.asarray(z, dtype=float)
    names = [str(x) for x in labels]
    data = [{"value": [names[j], names[i], num(z[i, j])],
             "label": {"formatter": f"{z[i, j]:.0f}"}}
            for i in range(z.shape[0]) for j in range(z.shape[1])]
    top = float(np.nanmax(z)) if z.size else 1.0
    return {
        "title": {"text": title, "left": 0, "textStyle": {"fontSize": 14}},
        "tooltip": {"trigger": "item", "confine": True,
                    "formatter": "true {@[1]}, predicted {@[0]}: {@[2]}"},
        "grid": [{"left": 70, "right": 130, "top": TITLE_PX + 14, "bottom": BOTTOM_PX}],
        "xAxis": [{"type": "category", "data": names, "name": x_title,
                   "nameLocation": "middle", "nameGap": 30, "splitArea": {"show": False}}],
        "yAxis": [{"type": "category", "data": names, "name": y_title, "nameLocation": "middle",
                   "nameGap": 45, "inverse": True}],
        "visualMap": [{"type": "continuous", "min": 0, "max": num(max(top, 1e-9)),
                       "calculable": False, "orient": "vertical", "right": 0, "top": "middle",
                       "itemHeight": 160, "text": [scale_title, ""], "precision": 0,
                       "inRange": {"color": BLUES}, "dimension": 2}],
        "series": [{"type": "heatmap", "name": scale_title, "data": data, "animation": False,
                    "label": {"show": True, "fontSize": font_size},
                    "emphasis": {"itemStyle": {"borderColor": "#333", "borderWidth": 1}}}],
        "animation": False,
    }


# ----------------------------------------------------------------------------- Streamlit


def show(option: Option, key: str | None = None, height: int = 380) -> None:
    """Draw ``option`` with ``st.echarts_chart`` in Streamlit's theme, full width."""
    import streamlit as st

    st.echarts_chart(option, key=key, height=height, width="stretch", theme="streamlit")
