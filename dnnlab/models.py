"""Model building: MLPs and CNNs as ``nn.Sequential`` with short, stable layer names.

Layer names appear in metric names (``update_ratio/conv1``, ``grad_norm/fc2``) and are compared
across runs, so they never change: a CNN reads ``conv1, bn1, act1, pool1, ..., flatten, fc1,
bn_fc1, act_fc1, drop1, ..., out``; an MLP ``flatten, fc1, bn_fc1, act_fc1, drop1, ..., out``.
Batch normalisation sits after the conv/dense layer and before the activation, as the lectures
say. The model returns logits: no softmax or sigmoid inside.

>>> from dnnlab.config import ModelConfig
>>> model = build_model(ModelConfig(hidden=[8]), input_shape=(4,), n_outputs=3)
>>> list(model._modules)
['flatten', 'fc1', 'act_fc1', 'out']
"""

from __future__ import annotations

import math
from collections import OrderedDict

import torch
from torch import nn

from dnnlab.config import ModelConfig
from dnnlab.errors import UserError

__all__ = [
    "Maxout",
    "activation_layers",
    "build_model",
    "count_parameters",
    "freeze_layers",
    "init_weights",
    "parameterised_layers",
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


_ACTIVATION_TYPES: tuple[type[nn.Module], ...] = (
    nn.ReLU, nn.LeakyReLU, nn.PReLU, nn.ELU, nn.SELU, nn.Sigmoid, nn.Tanh, nn.SiLU, nn.GELU,
    Maxout,
)


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


def build_model(cfg: ModelConfig, input_shape: tuple[int, ...], n_outputs: int) -> nn.Sequential:
    """Build the MLP or CNN described by ``cfg`` for inputs of ``input_shape`` (no batch dim).

    ``n_outputs`` is the width of the final ``out`` layer (1 for binary-with-BCE and regression,
    K for cross-entropy). Weights are initialised with :func:`init_weights`.
    """
    input_shape = tuple(int(s) for s in input_shape)
    if n_outputs < 1:
        raise ValueError(f"n_outputs must be >= 1, got {n_outputs}")
    if not input_shape or any(s < 1 for s in input_shape):
        raise UserError(f"the data has an empty input shape {input_shape}; check the data set")
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
        features = nn.Sequential(layers)
        was_training = features.training
        features.eval()  # a batch of one would break batch norm in training mode
        with torch.no_grad():
            n_in = features(torch.zeros(1, *input_shape)).shape[1]
        features.train(was_training)
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
    """Layers with a ``weight`` parameter (Linear, Conv, BatchNorm), ordered input to output."""
    return {
        name: m
        for name, m in model.named_modules()
        if name and isinstance(getattr(m, "weight", None), nn.Parameter)
    }


def activation_layers(model: nn.Module) -> dict[str, nn.Module]:
    """Activation modules (ReLU family, sigmoid, tanh, SiLU, Maxout), ordered input to output."""
    return {
        name: m for name, m in model.named_modules() if name and isinstance(m, _ACTIVATION_TYPES)
    }


def _weight_layers(model: nn.Module) -> list[str]:
    return [
        name for name, m in parameterised_layers(model).items()
        if not isinstance(m, nn.modules.batchnorm._BatchNorm)
    ]


def _bn_of(name: str) -> str:
    """The batch-norm layer that belongs to a conv/dense layer: conv2 -> bn2, fc1 -> bn_fc1."""
    return f"bn{name[len('conv'):]}" if name.startswith("conv") else f"bn_{name}"


def freeze_layers(model: nn.Sequential, freeze: int | list[str] | None) -> list[str]:
    """Stop training some layers; returns the names of the frozen layers, input to output.

    An int ``n`` freezes the first ``n`` conv/dense layers together with their batch-norm layers
    (``freeze: 1`` on a CNN with batch norm freezes ``conv1`` and ``bn1``). A list freezes exactly
    the named layers of :func:`parameterised_layers`. Frozen parameters get
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
        chosen = set(weight_layers[:freeze])
        chosen |= {_bn_of(n) for n in chosen if _bn_of(n) in layers}
    else:
        unknown = [n for n in freeze if n not in layers]
        if unknown:
            raise UserError(
                f"model.freeze names unknown layer(s) {', '.join(map(repr, unknown))}; "
                f"layers with weights: {', '.join(layers)}"
            )
        chosen = set(freeze)
    frozen = [name for name in layers if name in chosen]
    for name in frozen:
        module = layers[name]
        for p in module.parameters():
            p.requires_grad_(False)
        if isinstance(module, nn.modules.batchnorm._BatchNorm):
            module.momentum = 0.0  # running stats stay as they are (still counted)
    return frozen


def count_parameters(model: nn.Module, trainable_only: bool = False) -> int:
    """Number of parameter elements (only those with ``requires_grad`` if ``trainable_only``)."""
    return sum(p.numel() for p in model.parameters() if p.requires_grad or not trainable_only)
