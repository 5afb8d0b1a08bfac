"""Model building: MLPs and CNNs as ``nn.Sequential`` with short, stable layer names, or your
own ``nn.Module`` from ``model.factory``.

Layer names appear in metric names (``update_ratio/conv1``, ``grad_norm/fc2``) and are compared
across runs, so they never change: a CNN reads ``conv1, bn1, act1, pool1, ..., flatten, fc1,
bn_fc1, act_fc1, drop1, ..., out``; an MLP ``flatten, fc1, bn_fc1, act_fc1, drop1, ..., out``.
Batch normalisation sits after the conv/dense layer and before the activation, as the lectures
say. The model returns logits: no softmax or sigmoid inside.

A factory model keeps the names of its own module tree (``layer1.0.conv1``); the per-layer
metrics, ``model.freeze`` and the Inspect page use those dotted names.

>>> from dnnlab.config import ModelConfig
>>> model = build_model(ModelConfig(hidden=[8]), input_shape=(4,), n_outputs=3)
>>> list(model._modules)
['flatten', 'fc1', 'act_fc1', 'out']
"""

from __future__ import annotations

import inspect
import math
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any

import torch
from torch import nn

from dnnlab.config import ModelConfig
from dnnlab.errors import UserError
from dnnlab.factories import call_factory, load_factory

__all__ = [
    "Maxout",
    "activation_layers",
    "build_model",
    "count_parameters",
    "freeze_layers",
    "init_weights",
    "model_from_factory",
    "RELU_FAMILY",
    "parameterised_layers",
    "relu_family_layers",
    "leaky_layers",
]


class Maxout(nn.Module):
    """Max over ``pieces`` consecutive units (dense) or channels (conv) of the previous layer.

    Input ``(N, C * pieces, ...)`` becomes ``(N, C, ...)``: output unit ``c`` is the max of input
    units ``c * pieces`` to ``c * pieces + pieces - 1``.
    """

    def __init__(self, pieces: int) -> None:
        super().__init__()
        if pieces < 2:
            raise ValueError(f"Maxout needs at least 2 pieces, got {pieces}")
        self.pieces = pieces

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.shape[1] % self.pieces:
            raise ValueError(
                f"Maxout({self.pieces}): {x.shape[1]} units is not a multiple of {self.pieces}"
            )
        return x.unflatten(1, (x.shape[1] // self.pieces, self.pieces)).amax(dim=2)

    def extra_repr(self) -> str:
        return f"pieces={self.pieces}"


# activations with a "dead" region (zero or saturated, near-zero gradient) below zero
RELU_FAMILY: tuple[type[nn.Module], ...] = (
    nn.ReLU, nn.ReLU6, nn.LeakyReLU, nn.PReLU, nn.RReLU, nn.ELU, nn.CELU, nn.SELU, nn.GELU,
    nn.SiLU, nn.Mish, nn.Hardswish,
)
_ACTIVATION_TYPES: tuple[type[nn.Module], ...] = (*RELU_FAMILY, nn.Sigmoid, nn.Tanh, Maxout)
_NORM_TYPES: tuple[type[nn.Module], ...] = (
    nn.modules.batchnorm._BatchNorm, nn.modules.instancenorm._InstanceNorm, nn.LayerNorm,
    nn.GroupNorm,
)
_WEIGHT_TYPES: tuple[type[nn.Module], ...] = (nn.Linear, nn.modules.conv._ConvNd)


def _activation(cfg: ModelConfig) -> nn.Module:
    name = cfg.activation
    if name == "relu":
        return nn.ReLU()
    if name == "leaky_relu":
        return nn.LeakyReLU(cfg.leaky_slope)
    if name == "elu":
        return nn.ELU()
    if name == "selu":
        return nn.SELU()
    if name == "sigmoid":
        return nn.Sigmoid()
    if name == "tanh":
        return nn.Tanh()
    if name == "silu":
        return nn.SiLU()
    if name == "maxout":
        return Maxout(cfg.maxout_pieces)
    raise UserError(f"model.activation {name!r} is not supported")


def _conv_out(size: int, kernel: int, stride: int, padding: int) -> int:
    return (size + 2 * padding - kernel) // stride + 1


def build_model(cfg: ModelConfig, input_shape: tuple[int, ...], n_outputs: int) -> nn.Module:
    """Build the model described by ``cfg`` for inputs of ``input_shape`` (no batch dim).

    ``n_outputs`` is the width of the output (1 for binary-with-BCE and regression, K for
    cross-entropy). The built-in MLP/CNN is an ``nn.Sequential`` whose last layer is ``out``;
    with ``cfg.factory`` the model is whatever the factory returns, checked by
    :func:`model_from_factory`. Weights are initialised with :func:`init_weights`.
    """
    input_shape = tuple(int(s) for s in input_shape)
    if n_outputs < 1:
        raise ValueError(f"n_outputs must be >= 1, got {n_outputs}")
    if not input_shape or any(s < 1 for s in input_shape):
        raise UserError(f"the data has an empty input shape {input_shape}; check the data set")
    if cfg.factory is not None:
        fn = load_factory(cfg.factory, "model.factory")
        custom = model_from_factory(fn, cfg.args, input_shape, n_outputs, spec=cfg.factory)
        init_weights(custom, cfg)
        return custom
    pieces = cfg.maxout_pieces if cfg.activation == "maxout" else 1
    layers: OrderedDict[str, nn.Module] = OrderedDict()

    if cfg.kind == "cnn":
        if len(input_shape) != 3:
            raise UserError(
                f"model.kind cnn needs image data of shape (channels, height, width), but the "
                f"data has input shape {input_shape}; use model.kind mlp for tabular data"
            )
        channels, h, w = input_shape
        for i, block in enumerate(cfg.conv, start=1):
            h = _conv_out(h, block.kernel, block.stride, block.padding)
            w = _conv_out(w, block.kernel, block.stride, block.padding)
            if h < 1 or w < 1:
                raise UserError(
                    f"model.conv block {i} (conv{i}, kernel {block.kernel}, stride "
                    f"{block.stride}, padding {block.padding}) shrinks the image to zero size; "
                    "use fewer conv blocks, more padding or a smaller kernel/stride"
                )
            layers[f"conv{i}"] = nn.Conv2d(
                channels, block.channels * pieces, block.kernel, block.stride, block.padding
            )
            if cfg.batchnorm:
                layers[f"bn{i}"] = nn.BatchNorm2d(block.channels * pieces)
            layers[f"act{i}"] = _activation(cfg)
            if cfg.pool != "none":
                h, w = h // 2, w // 2
                if h < 1 or w < 1:
                    raise UserError(
                        f"model.conv block {i} (pool{i}, 2x2 {cfg.pool} pooling) shrinks the "
                        "image to zero size; use fewer conv blocks or model.pool none"
                    )
                layers[f"pool{i}"] = nn.MaxPool2d(2) if cfg.pool == "max" else nn.AvgPool2d(2)
            channels = block.channels
        layers["flatten"] = nn.Flatten()
        n_in = channels * h * w  # the flattened size, from the shapes above
    else:
        layers["flatten"] = nn.Flatten()
        n_in = math.prod(input_shape)

    for i, width in enumerate(cfg.hidden, start=1):
        layers[f"fc{i}"] = nn.Linear(n_in, width * pieces)
        if cfg.batchnorm:
            layers[f"bn_fc{i}"] = nn.BatchNorm1d(width * pieces)
        layers[f"act_fc{i}"] = _activation(cfg)
        if cfg.dropout > 0:
            layers[f"drop{i}"] = nn.Dropout(cfg.dropout)
        n_in = width
    layers["out"] = nn.Linear(n_in, n_outputs)

    model = nn.Sequential(layers)
    init_weights(model, cfg)
    return model


def _data_args(fn: Callable[..., Any], args: Mapping[str, Any], input_shape: tuple[int, ...],
               n_outputs: int) -> dict[str, Any]:
    """The data's values for parameters named ``n_outputs``/``num_classes`` and
    ``input_shape`` that the callable has and ``args`` leaves out (never through ``**kwargs``)."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):  # a builtin or C extension without a signature
        return {}
    named = {n for n, p in params.items()
             if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}
    extra: dict[str, Any] = {}
    for name in ("n_outputs", "num_classes"):
        if name in named and name not in args:
            extra[name] = n_outputs
    if "input_shape" in named and "input_shape" not in args:
        extra["input_shape"] = tuple(input_shape)
    return extra


def model_from_factory(fn: Callable[..., Any], args: Mapping[str, Any],
                       input_shape: tuple[int, ...], n_outputs: int | None, *,
                       spec: str = "", check_output: bool = True) -> nn.Module:
    """Call a model factory with ``args`` (plus ``n_outputs``/``num_classes`` and
    ``input_shape`` when it has such parameters that ``args`` does not set) and check the result.

    The result must be an ``nn.Module``; with ``check_output`` its output on a zero batch of
    ``input_shape`` (eval mode, no gradients) must be ``(batch, n_outputs)``. Bad input is a
    one-line :class:`UserError` naming ``model.factory`` or ``model.args``.

    >>> model = model_from_factory(nn.Linear, {"in_features": 4, "out_features": 3}, (4,), 3)
    >>> type(model).__name__
    'Linear'
    """
    what = f"model.factory {spec!r}" if spec else "model.factory"
    input_shape = tuple(int(s) for s in input_shape)
    extra = _data_args(fn, args, input_shape, n_outputs) if n_outputs is not None else {}
    model = call_factory(fn, {**args, **extra}, "model.factory")
    if not isinstance(model, nn.Module):
        raise UserError(f"{what} returned a {type(model).__name__}, not a torch.nn.Module; "
                        "make the callable return the model (an nn.Module instance)")
    if check_output and n_outputs is not None:
        _check_output(model, input_shape, n_outputs, what)
    return model


def _check_output(model: nn.Module, input_shape: tuple[int, ...], n_outputs: int,
                  what: str) -> None:
    """One forward pass on a zero batch in eval mode: the output must be (batch, n_outputs)."""
    batch = (2, *input_shape)
    was_training = model.training
    model.eval()  # batch norm and dropout as at inference; nothing is updated
    try:
        with torch.no_grad():
            out = model(torch.zeros(batch))
    except Exception as err:  # the user's code: any error is reported as bad input
        first = str(err).strip().splitlines()[0][:200] if str(err).strip() else ""
        raise UserError(f"{what}: the model fails on a batch of shape {batch} (the data's "
                        f"input shape {input_shape}): {type(err).__name__} {first}; make "
                        "forward accept inputs of that shape") from None
    finally:
        model.train(was_training)
    shape = tuple(out.shape) if isinstance(out, torch.Tensor) else type(out).__name__
    if not isinstance(out, torch.Tensor) or out.dim() != 2 or out.shape[1] != n_outputs:
        raise UserError(f"{what}: the model's output on a batch of shape {batch} is {shape}, "
                        f"expected ({batch[0]}, {n_outputs}): one column per output (the "
                        "classes for cross_entropy, 1 for bce or regression); fix the last "
                        "layer or model.args")


def init_weights(model: nn.Module, cfg: ModelConfig) -> None:
    """Initialise Linear and Conv weights as ``cfg.init`` says; biases zero unless ``default``.

    ``default`` keeps PyTorch's initialisation. Kaiming uses the ReLU gain, or the leaky-ReLU gain
    with ``cfg.leaky_slope`` when the activation is leaky_relu. Batch norm gets weight 1, bias 0.
    """
    if cfg.init == "default":
        return
    leaky = cfg.activation == "leaky_relu"
    for module in model.modules():
        if isinstance(module, nn.modules.batchnorm._BatchNorm) and module.affine:
            nn.init.ones_(module.weight)
            nn.init.zeros_(module.bias)
            continue
        if not isinstance(module, (nn.Linear, nn.modules.conv._ConvNd)):
            continue
        w = module.weight
        if cfg.init == "zeros":
            nn.init.zeros_(w)
        elif cfg.init == "normal":
            nn.init.normal_(w, mean=0.0, std=cfg.init_std)
        elif cfg.init == "xavier_uniform":
            nn.init.xavier_uniform_(w)
        elif cfg.init == "xavier_normal":
            nn.init.xavier_normal_(w)
        elif cfg.init == "kaiming_uniform":
            if leaky:
                nn.init.kaiming_uniform_(w, a=cfg.leaky_slope, nonlinearity="leaky_relu")
            else:
                nn.init.kaiming_uniform_(w, nonlinearity="relu")
        elif cfg.init == "kaiming_normal":
            if leaky:
                nn.init.kaiming_normal_(w, a=cfg.leaky_slope, nonlinearity="leaky_relu")
            else:
                nn.init.kaiming_normal_(w, nonlinearity="relu")
        else:
            raise UserError(f"model.init {cfg.init!r} is not supported")
        if module.bias is not None:
            nn.init.zeros_(module.bias)


def parameterised_layers(model: nn.Module) -> dict[str, nn.Module]:
    """Modules of the whole tree with a ``weight`` parameter (Linear, Conv, BatchNorm, ...), by
    dotted name (``conv1``, ``layer1.0.conv1``), in module order (input to output for models
    that register their layers in the order they use them)."""
    return {
        name: m
        for name, m in model.named_modules()
        if name and isinstance(getattr(m, "weight", None), nn.Parameter)
    }


def activation_layers(model: nn.Module) -> dict[str, nn.Module]:
    """Activation modules (the ReLU family of :func:`relu_family_layers`, sigmoid, tanh,
    Maxout), ordered input to output. Functional calls (``torch.relu``) are not modules and
    do not appear."""
    return {
        name: m for name, m in model.named_modules() if name and isinstance(m, _ACTIVATION_TYPES)
    }


def relu_family_layers(model: nn.Module) -> dict[str, nn.Module]:
    """The activation modules for which counting "dead" units makes sense: ReLU, ReLU6,
    LeakyReLU, PReLU, RReLU, ELU, CELU, SELU, GELU, SiLU, Mish and Hardswish."""
    return {name or type(m).__name__.lower(): m for name, m in model.named_modules()
            if isinstance(m, RELU_FAMILY)}


def leaky_layers(model: nn.Module) -> list[str]:
    """The names (as :func:`relu_family_layers` gives them) of the ReLU-family modules whose
    units pass gradient below zero at a fixed slope: LeakyReLU with a slope other than 0,
    PReLU and RReLU. Such a unit that is never positive is counted dead, yet its gradient is
    only scaled down, not cut."""
    return [name for name, m in relu_family_layers(model).items()
            if isinstance(m, nn.PReLU | nn.RReLU)
            or (isinstance(m, nn.LeakyReLU) and m.negative_slope != 0)]


def _weight_layers(model: nn.Module) -> list[str]:
    """The conv/dense (Linear, ConvNd) layers, in module order."""
    return [name for name, m in parameterised_layers(model).items()
            if isinstance(m, _WEIGHT_TYPES)]


def _leading_layers(model: nn.Module, n: int) -> set[str]:
    """The first ``n`` conv/dense layers and the normalisation layers directly after each
    (``conv1, bn1``; ``layer1.0.conv1, layer1.0.bn1``) in the order of
    :func:`parameterised_layers`."""
    layers = list(parameterised_layers(model).items())
    chosen: set[str] = set()
    count = 0
    for i, (name, module) in enumerate(layers):
        if not isinstance(module, _WEIGHT_TYPES):
            continue
        if count == n:
            break
        count += 1
        chosen.add(name)
        for follower, m in layers[i + 1:]:
            if not isinstance(m, _NORM_TYPES):
                break
            chosen.add(follower)
    return chosen


def freeze_layers(model: nn.Module, freeze: int | list[str] | None) -> list[str]:
    """Stop training some layers; returns the names of the frozen layers, input to output.

    An int ``n`` freezes the first ``n`` conv/dense layers together with the normalisation
    layers that directly follow them (``freeze: 1`` on a CNN with batch norm freezes ``conv1``
    and ``bn1``). A list freezes the named layers of :func:`parameterised_layers`; the name of a
    block (``layer1``) freezes every such layer inside it. Frozen parameters get
    ``requires_grad=False``; frozen batch-norm layers also stop updating their running statistics.
    """
    if freeze is None or freeze == [] or (isinstance(freeze, int) and freeze == 0):
        return []
    layers = parameterised_layers(model)
    if isinstance(freeze, bool) or not isinstance(freeze, (int, list)):
        raise UserError(
            f"model.freeze must be a number of layers or a list of layer names, got {freeze!r}"
        )
    if isinstance(freeze, int):
        weight_layers = _weight_layers(model)
        if freeze < 0 or freeze > len(weight_layers):
            raise UserError(
                f"model.freeze={freeze} but the model has {len(weight_layers)} conv/dense layers "
                f"({', '.join(weight_layers)}); use a number from 0 to {len(weight_layers)}"
            )
        chosen = _leading_layers(model, freeze)
    else:
        chosen = set()
        unknown = []
        for name in freeze:
            inside = [n for n in layers if n == name or n.startswith(f"{name}.")]
            if not inside:
                unknown.append(name)
            chosen.update(inside)
        if unknown:
            raise UserError(
                f"model.freeze names unknown layer(s) {', '.join(map(repr, unknown))}; "
                f"layers with weights: {', '.join(layers)}"
            )
    frozen = [name for name in layers if name in chosen]
    for name in frozen:
        module = layers[name]
        for p in module.parameters(recurse=False):  # its own weights; sub-layers are listed
            p.requires_grad_(False)
        if isinstance(module, nn.modules.batchnorm._BatchNorm):
            module.momentum = 0.0  # running stats stay as they are (still counted)
    return frozen


def count_parameters(model: nn.Module, trainable_only: bool = False) -> int:
    """Number of parameter elements (only those with ``requires_grad`` if ``trainable_only``)."""
    return sum(p.numel() for p in model.parameters() if p.requires_grad or not trainable_only)
