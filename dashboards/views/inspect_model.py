"""Inspect model: the layers of the module tree, filters, saliency maps side by side, the last
hidden layer in 2-D and the most confidently wrong samples for image models (built-in CNNs and
models of your own with ``nn.Conv2d`` layers); feature attributions for tabular data."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import streamlit as st
from plotly.subplots import make_subplots

from dashboards import common
from dnnlab import interpret as I
from dnnlab.dashboard_data import collapsed_embedding, flat_maps
from dnnlab.errors import UserError

st.title("Inspect model")
uri = common.require_store()
run_id = common.pick_run(uri, filter_string="tags.`dnnlab_version` IS NOT NULL")
if run_id is None:
    st.info("No dnnlab run in this tracking store yet: train one with "
            "`dnnlab train experiments/digits_cnn.yaml` (the model is rebuilt from its "
            "checkpoint).")
    st.stop()
rec = common.run_record(uri, run_id)
if rec is None:
    st.warning(f"Run `{run_id}` is not in this tracking store.")
    st.stop()
if "dnnlab_version" not in rec["tags"]:
    st.info("This run was not logged by dnnlab: only dnnlab runs carry the checkpoint and "
            "config needed to rebuild the model (checkpoints/best.pt, loaded as plain weights).")
    st.stop()


@st.cache_resource(show_spinner="Loading the model from its checkpoint...", max_entries=8)
def loaded_model(uri: str, run_id: str) -> I.LoadedModel:
    return I.load_run_model(common.client(uri), run_id)


try:
    L = loaded_model(uri, run_id)
except UserError as err:
    st.info(f"This run's model cannot be inspected: {err}")
    st.stop()

if L.data_note:
    st.info(f"Data not available here: {L.data_note}. The model is shown on the examples "
            "saved with its checkpoint.")
if L.has_samples:
    split_name, split = L.split("test")
    source = (f"{split_name} split of {len(split)} samples rebuilt from the run's config and "
              f"seed {L.config.seed}" if L.config is not None and not L.data_note
              else f"{len(split)} held-out examples saved with the run")
else:
    split_name, split = "test", None
    source = "no samples saved with the run"
st.caption(f"{L.checkpoint} (epoch {L.epoch if L.epoch is not None else '?'}) · model "
           f"{L.architecture} · {L.task} · input {tuple(L.data.input_shape)} · "
           f"{L.n_outputs} output(s) · {source} · weights loaded with "
           "torch.load(weights_only=True)")
classification = L.task == "classification"
names = L.class_names


def dead_network_warning(what: str, brief: bool = False) -> None:
    """Say why a map or the embedding is empty: the run's dead_relu finding when it has one
    (every ReLU that never fires passes no gradient and gives every sample the same
    features), with a link to it on the Run page."""
    try:
        doc, _ = common.run_diagnosis(uri, rec)
    except Exception:
        doc = {}
    dead = next((f for f in doc.get("findings", []) if f.get("code") == "dead_relu"), None)
    if brief:
        st.warning(f"{what} The same dead units as above" if dead is not None else what)
    elif dead is not None:
        ev = dead.get("evidence") or {}
        fractions = ev.get("dead_fraction") or {}
        where = (" (" + ", ".join(f"{n}: {float(v):.0%} dead" for n, v in fractions.items())
                 + ")") if fractions else ""
        st.warning(f"{what} This network is dead: the run's **dead_relu** finding"
                   f"{where} says its ReLU units never fire, so every input gives the same "
                   "hidden features and no gradient flows back through them. "
                   f"What to do: {dead.get('advice', '')}")
    else:
        st.warning(f"{what} The network's output does not depend on its input here (dead or "
                   "saturated units pass no gradient); the run's diagnosis has no dead_relu "
                   "finding, see its Run page.")
    st.page_link(common.RUN_PAGE, label="Open the run's dead_relu chart on the Run page",
                 icon=":material/show_chart:",
                 query_params={"run": run_id, "tab": common.NETWORK_TAB})


@st.cache_data(show_spinner=False, max_entries=32)
def layers_of(uri: str, run_id: str) -> pd.DataFrame:
    m = loaded_model(uri, run_id)
    return I.layer_table(m.model, m.example_input())


table_of_layers = layers_of(uri, run_id)
with st.expander(f"Layers ({len(table_of_layers)} modules of the model's tree, "
                 f"{int(table_of_layers['parameters'].sum()):,} parameters)",
                 expanded=L.model_spec is not None):
    st.dataframe(table_of_layers, hide_index=True, width="stretch")


def filter_facets(stack: np.ndarray, label: str, title: str, height_per_row: int = 92
                  ) -> go.Figure:
    """Small multiples: one tile per kernel with its own pixel axes, titled ``label i``."""
    n = len(stack)
    cols = min(n, 8)
    rows = -(-n // cols)
    fig = px.imshow(stack, facet_col=0, facet_col_wrap=cols, color_continuous_scale="gray",
                    zmin=0, zmax=1, binary_string=False, facet_col_spacing=0.015,
                    facet_row_spacing=min(0.08, 0.3 / rows))
    for ann in fig.layout.annotations:  # "0=3" -> "filter 3"
        ann.text = f"{label} {ann.text.split('=')[-1]}"
        ann.font.size = 10
    kh, kw = stack.shape[1], stack.shape[2]
    common.layout(fig, title, f"kernel column (0–{kw - 1})", f"kernel row (0–{kh - 1})",
                  height=110 + height_per_row * rows)
    fig.update_layout(coloraxis_showscale=False, hovermode="closest")
    fig.update_xaxes(showticklabels=False, ticks="", title_text="")
    fig.update_yaxes(showticklabels=False, ticks="", title_text="")
    # facets are laid out bottom-left first: its axes carry the kernel's pixel axes
    fig.update_layout(xaxis_title_text=f"columns 0–{kw - 1}",
                      yaxis_title_text=f"rows 0–{kh - 1}")
    return fig


def show_filters() -> None:
    """The first conv layer's filters and one filter of a deeper conv layer."""
    st.header("Filters")
    conv = L.conv_layers
    if not conv:
        st.info("This model has no convolution layers.")
        return
    w = L.model.get_submodule(conv[0]).weight
    c1, c2 = st.columns(2)
    with c1:
        fig = filter_facets(I.filter_stack(w), "filter", f"First-layer filters {conv[0]} "
                            f"({' × '.join(map(str, w.shape))})")
        common.show(fig, key="filters")
        st.caption(f"Each tile is one {w.shape[2]} × {w.shape[3]} kernel, scaled to its own "
                   "range (black = its lowest weight, white = its highest)"
                   + ("; input channels averaged" if w.shape[1] not in (1, 3) else "") + ".")
    if len(conv) > 1:
        with c2:
            layer = st.selectbox("Deeper layer", conv[1:], key="deep_layer")
            wd = L.model.get_submodule(layer).weight
            f_idx = st.slider("Filter", 0, int(wd.shape[0]) - 1, 0, key="deep_filter")
            fig = filter_facets(I.channel_stack(wd, f_idx), "input",
                                f"{layer} filter {f_idx}: its {wd.shape[1]} input channels",
                                height_per_row=70)
            common.show(fig, key="deep_filters")


if split is None:
    if L.is_image:
        show_filters()
    st.info(f"{I.NO_SAMPLES}: the run saved no examples (checkpoint key 'examples') and its "
            "data set cannot be rebuilt, so saliency maps, embeddings and predictions need "
            "samples this page does not have.")
    st.stop()


@st.cache_data(show_spinner=False, max_entries=64)
def probabilities(uri: str, run_id: str, split_name: str) -> np.ndarray:
    m = loaded_model(uri, run_id)
    return I.predict_proba(m, m.split(split_name)[1].x)


proba = probabilities(uri, run_id, split_name)


def pick_sample(key: str) -> tuple[int, int | None]:
    """The sample index and target class (None: the predicted class / the output)."""
    c1, c2 = st.columns(2)
    idx = int(c1.number_input(f"{split_name} sample (0–{len(split) - 1})", 0, len(split) - 1,
                              0, key=f"{key}_idx"))
    if not classification:
        return idx, 0
    pred = int(proba[idx].argmax())
    options = list(range(len(names)))
    target = c2.selectbox("Explain class", options, index=pred, key=f"{key}_cls",
                          format_func=lambda c: f"{names[c]}" + (" (predicted)" if c == pred
                                                                 else ""))
    return idx, int(target)


def prob_chart(idx: int, key: str) -> None:
    if not classification:
        return
    true = int(split.y[idx])
    fig = go.Figure(go.Bar(x=names, y=proba[idx],
                           marker_color=["#2ca02c" if i == true else "#1f77b4"
                                         for i in range(len(names))]))
    common.layout(fig, f"Predicted probabilities (green = true class {names[true]})", "class",
                  "probability (0–1)", height=300)
    fig.update_xaxes(type="category")
    fig.update_yaxes(range=[0, 1])
    common.show(fig, key=key)


def image_trace(img: np.ndarray, **kw: Any) -> go.BaseTraceType:
    if img.ndim == 3:
        return go.Image(z=(img * 255).astype(np.uint8), **kw)
    return go.Heatmap(z=img, colorscale="gray", showscale=False, **kw)


# ----------------------------------------------------------------------------- images

dead_said = False  # the dead-network warning was given with the saliency maps

if L.is_image:
    show_filters()

    st.header("Saliency")
    idx, target = pick_sample("sal")
    layers = L.gradcam_layers
    default_layer = L.default_gradcam_layer
    gc_layer = st.selectbox("Grad-CAM layer", layers, index=layers.index(default_layer),
                            key="gc_layer") if layers and default_layer else None

    @st.cache_data(show_spinner="Computing attributions...", max_entries=128)
    def maps_for(uri: str, run_id: str, split_name: str, idx: int, target: int,
                 layer: str | None) -> tuple[dict[str, np.ndarray], dict[str, float]]:
        m = loaded_model(uri, run_id)
        x = m.split(split_name)[1].x[idx]
        maps = I.explain_image(m.scores, x, target, gradcam_layer=layer)
        checks = {"saliency": I.randomisation_check(m, x, target, "saliency")}
        if layer:
            checks["grad_cam"] = I.randomisation_check(m, x, target, "grad_cam",
                                                       gradcam_layer=layer)
        return maps, checks

    maps, checks = maps_for(uri, run_id, split_name, idx, target, gc_layer)
    x = split.x[idx]
    true = int(split.y[idx])
    titles = {"saliency": "Saliency |∂S/∂x|", "smoothgrad": "SmoothGrad",
              "integrated_gradients": "Integrated Gradients", "grad_cam": f"Grad-CAM ({gc_layer})",
              "occlusion": "Occlusion (score drop)"}
    panels = [("input", f"Input (true {names[true]})")] + [(k, titles[k]) for k in maps]
    fig = make_subplots(rows=1, cols=len(panels), subplot_titles=[t for _, t in panels],
                        horizontal_spacing=0.03)
    for col, (k, _) in enumerate(panels, start=1):
        if k == "input":
            fig.add_trace(image_trace(I.image_for_display(x)), 1, col)
            continue
        z = maps[k]
        signed = k in ("integrated_gradients", "occlusion")
        lim = float(np.abs(z).max()) or 1.0
        fig.add_trace(go.Heatmap(z=z, colorscale="RdBu_r" if signed else "Inferno",
                                 zmin=-lim if signed else 0, zmax=lim, showscale=False,
                                 hovertemplate="x %{x}, y %{y}: %{z:.3g}<extra>" + k +
                                 "</extra>"), 1, col)
    h, w_px = (x.shape[-2], x.shape[-1])
    common.layout(fig, f"Why {names[target]}? Attributions for {split_name} sample {idx} "
                  "(red/bright = supports the class; blue = against)",
                  f"x (pixels, 0–{w_px - 1})", f"y (pixels, 0–{h - 1})", height=330)
    for i in range(1, len(panels) + 1):  # square tiles, pixel axes on the first only
        xa = f"x{'' if i == 1 else i}"
        fig.update_xaxes(constrain="domain", showticklabels=False, ticks="",
                         title_text=f"x (pixels, 0–{w_px - 1})" if i == 1 else "",
                         row=1, col=i)
        fig.update_yaxes(scaleanchor=xa, scaleratio=1, constrain="domain",
                         autorange="reversed", showticklabels=False, ticks="",
                         title_text=f"y (pixels, 0–{h - 1})" if i == 1 else "", row=1, col=i)
    for ann in fig.layout.annotations:
        ann.font.size = 12
    common.show(fig, key="saliency_maps")
    flat = flat_maps(maps)
    dead_said = len(flat) >= 2 and "saliency" in flat
    if dead_said:
        dead_network_warning(f"The {', '.join(titles[k] for k in flat)} maps are flat: every "
                             "pixel gets the same attribution because no gradient reaches "
                             "the input.")
    prob_chart(idx, "probs")
    st.caption("Faithfulness check (model-parameter randomisation, Adebayo et al. 2018): "
               "Spearman rank correlation between this map and the map of the same network "
               "with random weights — " + ", ".join(f"{k}: {v:.2f}" for k, v in checks.items())
               + ". Low values mean the map reflects what the model learned.")

# ----------------------------------------------------------------------------- tabular

else:
    st.header("Feature attributions")
    idx, target = pick_sample("tab")

    @st.cache_data(show_spinner="Computing attributions...", max_entries=128)
    def attributions(uri: str, run_id: str, split_name: str, idx: int,
                     target: int | None) -> pd.DataFrame:
        m = loaded_model(uri, run_id)
        return I.feature_attributions(m.scores, m.split(split_name)[1].x[idx], target,
                                      m.feature_names)

    @st.cache_data(show_spinner="Computing global importance...", max_entries=32)
    def importance(uri: str, run_id: str, split_name: str) -> pd.DataFrame:
        m = loaded_model(uri, run_id)
        s = m.split(split_name)[1]
        n = min(len(s), 300)
        targets = s.y[:n] if m.task == "classification" else None
        return I.global_importance(m.scores, s.x[:n], targets, m.feature_names)

    table = attributions(uri, run_id, split_name, idx, target)
    top = table.head(15).iloc[::-1]
    fig = go.Figure()
    for col, label in (("integrated_gradients", "Integrated Gradients"),
                       ("gradient_x_input", "gradient × input"),
                       ("occlusion", "occlusion (score drop)")):
        fig.add_trace(go.Bar(y=top["feature"], x=top[col], name=label, orientation="h"))
    what = f"class {names[target]}" if classification else "the prediction"
    common.layout(fig, f"Feature attributions toward {what} ({split_name} sample {idx}, "
                  "top 15 by |IG|)", "attribution (score units; + supports)", "feature",
                  height=160 + 26 * len(top))
    fig.update_layout(barmode="group", hovermode="closest")
    common.show(fig, key="tab_attr")
    prob_chart(idx, "tab_probs")
    glob = importance(uri, run_id, split_name).head(20).iloc[::-1]
    fig = go.Figure(go.Bar(y=glob["feature"], x=glob["mean_abs_ig"], orientation="h",
                           marker_color="#9467bd"))
    common.layout(fig, f"Global feature importance: mean |Integrated Gradients| over "
                  f"{min(len(split), 300)} {split_name} samples", "mean |attribution| "
                  "(score units)", "feature", height=160 + 22 * len(glob))
    common.show(fig, key="tab_global")
    with st.expander("All features of this sample"):
        st.dataframe(table, hide_index=True, width="stretch")

# ----------------------------------------------------------------------------- embedding

st.header("Last hidden layer")
if not classification:
    y_true = split.y.numpy().reshape(-1)
    y_pred = proba.reshape(len(proba), -1)[:, 0]
    fig = go.Figure(go.Scatter(x=y_true, y=y_pred, mode="markers", name="samples",
                               marker={"size": 6, "opacity": 0.7}))
    lo, hi = float(min(y_true.min(), y_pred.min())), float(max(y_true.max(), y_pred.max()))
    fig.add_trace(go.Scatter(x=[lo, hi], y=[lo, hi], mode="lines", name="perfect",
                             line={"dash": "dot", "color": "grey"}))
    common.layout(fig, f"Regression: predicted vs true on the {split_name} split",
                  "true target (standardised units)", "prediction (same units)", height=420)
    common.show(fig, key="reg_scatter")
    st.caption("Embeddings coloured by class and confidently wrong samples apply to "
               "classification runs.")
    st.stop()

method = st.radio("Projection", ["pca", "tsne"], horizontal=True, key="emb_method",
                  format_func=lambda m: {"pca": "PCA", "tsne": "t-SNE"}[m])


def show_embedding(emb: pd.DataFrame) -> None:
    hidden = f" ({L.hidden_size} features)" if L.hidden_size else ""
    fig = px.scatter(emb[emb["correct"]], x="x", y="y", color="true",
                     hover_data=["index", "pred", "confidence"],
                     category_orders={"true": names})
    wrong = emb[~emb["correct"]]
    fig.add_trace(go.Scatter(x=wrong["x"], y=wrong["y"], mode="markers", name="misclassified",
                             marker={"symbol": "x", "size": 9, "color": "black"},
                             text=[f"#{i}: true {t}, predicted {p} ({c:.2f})" for i, t, p, c in
                                   zip(wrong["index"], wrong["true"], wrong["pred"],
                                       wrong["confidence"], strict=True)],
                             hovertemplate="%{text}<extra></extra>"))
    common.layout(fig, f"{split_name} split in the last hidden layer{hidden} by "
                  f"{'PCA' if method == 'pca' else 't-SNE'}, coloured by true class "
                  f"(x = misclassified: {len(wrong)} of {len(emb)})",
                  "component 1 (arbitrary units)", "component 2 (arbitrary units)", height=520)
    fig.update_layout(hovermode="closest")
    common.show(fig, key="embedding")


@st.cache_data(show_spinner="Embedding the test set...", max_entries=32)
def embedding(uri: str, run_id: str, split_name: str, method: str) -> pd.DataFrame:
    return I.embedding_frame(loaded_model(uri, run_id), split_name, method)  # type: ignore[arg-type]


try:
    emb = embedding(uri, run_id, split_name, method)
except UserError as err:
    st.info(f"No embedding for this model: {err}")
    emb = None
if emb is not None:
    show_embedding(emb)
    if collapsed_embedding(emb):
        dead_network_warning(f"All {len(emb)} samples fall on one point: the last hidden layer "
                             "gives every input the same features.",
                             brief=dead_said)

st.header("Most confidently wrong")
wrong_table = I.confidently_wrong(L, split_name, k=8)
if wrong_table.empty:
    st.success(f"The model classifies every {split_name} sample correctly.")
else:
    if L.is_image:
        n = len(wrong_table)
        fig = make_subplots(rows=1, cols=n, horizontal_spacing=0.01, subplot_titles=[
            f"#{r['index']}: {r['true']}→{r['pred']} ({r['confidence']:.2f})"
            for _, r in wrong_table.iterrows()])
        for col, (_, r) in enumerate(wrong_table.iterrows(), start=1):
            fig.add_trace(image_trace(I.image_for_display(split.x[int(r["index"])])), 1, col)
        common.layout(fig, "Misclassified samples the model was surest of (true→predicted, "
                      "probability)", "x (pixels)", "y (pixels)", height=260)
        for i in range(1, n + 1):  # square tiles, axis titles on the first only
            fig.update_xaxes(constrain="domain", showticklabels=False, ticks="",
                             title_text="x (pixels)" if i == 1 else "", row=1, col=i)
            fig.update_yaxes(scaleanchor=f"x{'' if i == 1 else i}", scaleratio=1,
                             constrain="domain", autorange="reversed", showticklabels=False,
                             ticks="", title_text="y (pixels)" if i == 1 else "", row=1, col=i)
        common.show(fig, key="wrong_images")
    st.dataframe(wrong_table, hide_index=True, width="stretch",
                 column_config={"confidence": st.column_config.NumberColumn(format="%.3f"),
                                "p_true": st.column_config.NumberColumn(format="%.3f")})
