from __future__ import annotations

import math

import pytest
import torch
from torch import nn

from dnnlab.config import ConvBlock, ModelConfig
from dnnlab.errors import UserError
from dnnlab.models import (
    Maxout,
    activation_layers,
    build_model,
    count_parameters,
    freeze_layers,
    init_weights,
    parameterised_layers,
)

ACTIVATIONS = ["relu", "leaky_relu", "elu", "selu", "sigmoid", "tanh", "silu", "maxout"]
INITS = [
    "default", "zeros", "normal", "xavier_uniform", "xavier_normal",
    "kaiming_uniform", "kaiming_normal",
]


def names(model: nn.Sequential) -> list[str]:
    return [n for n, _ in model.named_children()]


@pytest.mark.parametrize("shape", [(30,), (1, 8, 8), (3, 32, 32)])
@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_mlp_shapes(shape: tuple[int, ...], activation: str) -> None:
    cfg = ModelConfig(kind="mlp", hidden=[16, 8], activation=activation, batchnorm=True,
                      dropout=0.2)
    model = build_model(cfg, shape, 5)
    assert model(torch.randn(4, *shape)).shape == (4, 5)


@pytest.mark.parametrize("shape", [(1, 8, 8), (3, 32, 32)])
@pytest.mark.parametrize("activation", ACTIVATIONS)
@pytest.mark.parametrize("pool", ["max", "avg", "none"])
def test_cnn_shapes(shape: tuple[int, ...], activation: str, pool: str) -> None:
    cfg = ModelConfig(kind="cnn", hidden=[12], activation=activation, pool=pool, batchnorm=True)
    model = build_model(cfg, shape, 3)
    assert model(torch.randn(2, *shape)).shape == (2, 3)


def test_mlp_names_stable() -> None:
    cfg = ModelConfig(hidden=[16, 8], batchnorm=True, dropout=0.5)
    model = build_model(cfg, (30,), 1)
    assert names(model) == [
        "flatten", "fc1", "bn_fc1", "act_fc1", "drop1", "fc2", "bn_fc2", "act_fc2", "drop2", "out",
    ]
    assert names(build_model(ModelConfig(hidden=[4]), (30,), 1)) == [
        "flatten", "fc1", "act_fc1", "out",
    ]
    assert names(build_model(ModelConfig(hidden=[]), (30,), 2)) == ["flatten", "out"]


def test_cnn_names_and_batchnorm_order() -> None:
    cfg = ModelConfig(kind="cnn", hidden=[10], batchnorm=True, dropout=0.1)
    model = build_model(cfg, (1, 8, 8), 4)
    assert names(model) == [
        "conv1", "bn1", "act1", "pool1", "conv2", "bn2", "act2", "pool2",
        "flatten", "fc1", "bn_fc1", "act_fc1", "drop1", "out",
    ]
    # batch norm after the conv/dense layer, before the activation
    assert isinstance(model.bn1, nn.BatchNorm2d) and isinstance(model.bn_fc1, nn.BatchNorm1d)
    order = names(model)
    assert order.index("conv1") < order.index("bn1") < order.index("act1")
    assert order.index("fc1") < order.index("bn_fc1") < order.index("act_fc1")
    assert list(parameterised_layers(model)) == ["conv1", "bn1", "conv2", "bn2", "fc1", "bn_fc1",
                                                 "out"]
    assert list(activation_layers(model)) == ["act1", "act2", "act_fc1"]
    no_pool = build_model(ModelConfig(kind="cnn", pool="none", hidden=[]), (1, 8, 8), 2)
    assert names(no_pool) == ["conv1", "act1", "conv2", "act2", "flatten", "out"]
    assert no_pool.out.in_features == 32 * 8 * 8


def test_cnn_flattened_size() -> None:
    cfg = ModelConfig(kind="cnn", conv=[ConvBlock(channels=6, kernel=5, padding=0)], hidden=[])
    model = build_model(cfg, (3, 32, 32), 10)  # 32 -> 28 (conv) -> 14 (pool)
    assert model.out.in_features == 6 * 14 * 14


@pytest.mark.parametrize("conv, pool, activation, shape", [
    ([ConvBlock(channels=4, kernel=3, stride=2, padding=0)], "max", "relu", (1, 13, 11)),
    ([ConvBlock(channels=5, kernel=2, padding=1), ConvBlock(channels=3, kernel=3, stride=3)],
     "avg", "maxout", (2, 17, 23)),
    ([ConvBlock(channels=8, kernel=1, padding=0)] * 3, "none", "tanh", (3, 5, 4)),
    ([], "max", "relu", (2, 6, 6)),
])
def test_cnn_size_from_shapes_is_what_a_forward_pass_gives(conv, pool, activation, shape):
    """The flattened size is computed from the layer shapes (no forward pass at build
    time): the model must still take a batch of that shape."""
    cfg = ModelConfig(kind="cnn", conv=conv, hidden=[7], pool=pool, activation=activation)
    model = build_model(cfg, shape, 3).eval()
    with torch.no_grad():
        flat = model[: list(dict(model.named_children())).index("flatten") + 1](
            torch.zeros(2, *shape))
    assert flat.shape == (2, model.fc1.in_features)
    assert model(torch.zeros(2, *shape)).shape == (2, 3)


def test_activation_modules() -> None:
    expected = {
        "relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "selu": nn.SELU,
        "sigmoid": nn.Sigmoid, "tanh": nn.Tanh, "silu": nn.SiLU, "maxout": Maxout,
    }
    for name, cls in expected.items():
        model = build_model(ModelConfig(hidden=[4, 4], activation=name), (3,), 1)
        acts = activation_layers(model)
        assert list(acts) == ["act_fc1", "act_fc2"]
        assert all(type(a) is cls for a in acts.values())
    leaky = build_model(ModelConfig(activation="leaky_relu", leaky_slope=0.2), (3,), 1)
    assert leaky.act_fc1.negative_slope == 0.2


def test_no_output_activation() -> None:
    model = build_model(ModelConfig(hidden=[4], activation="sigmoid"), (3,), 2)
    assert isinstance(model[-1], nn.Linear) and model.out.out_features == 2


def test_maxout_semantics() -> None:
    m = Maxout(3)
    x = torch.tensor([[1.0, 5.0, 2.0, -1.0, -3.0, -2.0]])
    assert torch.equal(m(x), torch.tensor([[5.0, -1.0]]))
    img = torch.randn(2, 8, 5, 5)
    out = Maxout(2)(img)
    assert out.shape == (2, 4, 5, 5)
    assert torch.equal(out[:, 1], torch.maximum(img[:, 2], img[:, 3]))
    with pytest.raises(ValueError):
        Maxout(2)(torch.randn(1, 5))


def test_maxout_widths() -> None:
    cfg = ModelConfig(kind="cnn", conv=[ConvBlock(channels=4)], hidden=[6], activation="maxout",
                      maxout_pieces=3, batchnorm=True)
    model = build_model(cfg, (1, 8, 8), 2)
    assert model.conv1.out_channels == 12 and model.bn1.num_features == 12
    assert model.fc1.in_features == 4 * 4 * 4 and model.fc1.out_features == 18
    assert model.out.in_features == 6
    assert model(torch.randn(3, 1, 8, 8)).shape == (3, 2)


@pytest.mark.parametrize("init", INITS)
@pytest.mark.parametrize("kind", ["mlp", "cnn"])
def test_every_init_builds(init: str, kind: str) -> None:
    cfg = ModelConfig(kind=kind, hidden=[8], init=init, batchnorm=True)
    model = build_model(cfg, (1, 8, 8), 3)
    assert torch.isfinite(model(torch.randn(2, 1, 8, 8))).all()
    for name, layer in parameterised_layers(model).items():
        if isinstance(layer, nn.modules.batchnorm._BatchNorm):
            assert torch.all(layer.weight == 1) and torch.all(layer.bias == 0), name
        elif init != "default":
            assert torch.all(layer.bias == 0), name


def test_zeros_init() -> None:
    model = build_model(ModelConfig(hidden=[8, 8], init="zeros"), (5,), 2)
    for p in model.parameters():
        assert torch.all(p == 0)


def big(init: str, **kw: object) -> nn.Linear:
    model = build_model(ModelConfig(hidden=[1000], init=init, **kw), (500,), 1)
    return model.fc1


def test_normal_init_std() -> None:
    w = big("normal", init_std=0.05).weight
    assert w.mean().abs().item() < 0.002
    assert w.std().item() == pytest.approx(0.05, rel=0.02)


def test_kaiming_normal_std() -> None:
    assert big("kaiming_normal").weight.std().item() == pytest.approx(math.sqrt(2 / 500), rel=0.02)
    slope = 0.2
    w = big("kaiming_normal", activation="leaky_relu", leaky_slope=slope).weight
    assert w.std().item() == pytest.approx(math.sqrt(2 / ((1 + slope**2) * 500)), rel=0.02)


def test_kaiming_uniform_bound() -> None:
    w = big("kaiming_uniform").weight
    bound = math.sqrt(6 / 500)
    assert w.abs().max().item() <= bound
    assert w.std().item() == pytest.approx(bound / math.sqrt(3), rel=0.02)


def test_xavier_std() -> None:
    std = math.sqrt(2 / (500 + 1000))
    assert big("xavier_normal").weight.std().item() == pytest.approx(std, rel=0.02)
    assert big("xavier_uniform").weight.std().item() == pytest.approx(std, rel=0.02)


def test_init_weights_on_conv() -> None:
    cfg = ModelConfig(kind="cnn", conv=[ConvBlock(channels=64)], hidden=[], init="kaiming_normal")
    model = build_model(cfg, (32, 8, 8), 2)
    fan_in = 32 * 3 * 3
    assert model.conv1.weight.std().item() == pytest.approx(math.sqrt(2 / fan_in), rel=0.05)
    init_weights(model, ModelConfig(init="zeros"))
    assert torch.all(model.conv1.weight == 0)


def test_default_init_is_pytorch() -> None:
    torch.manual_seed(0)
    a = build_model(ModelConfig(hidden=[8]), (4,), 1)
    torch.manual_seed(0)
    b = nn.Linear(4, 8)
    assert torch.equal(a.fc1.weight, b.weight)


def test_count_parameters() -> None:
    model = build_model(ModelConfig(hidden=[8]), (4,), 3)
    assert count_parameters(model) == 4 * 8 + 8 + 8 * 3 + 3
    freeze_layers(model, 1)
    assert count_parameters(model, trainable_only=True) == 8 * 3 + 3


def train_step(model: nn.Module, x: torch.Tensor) -> None:
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.5)
    model.train()
    loss = model(x).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()


def test_freeze_by_count() -> None:
    cfg = ModelConfig(kind="cnn", hidden=[8], batchnorm=True)
    model = build_model(cfg, (1, 8, 8), 3)
    frozen = freeze_layers(model, 2)
    assert frozen == ["conv1", "bn1", "conv2", "bn2"]
    for name, layer in parameterised_layers(model).items():
        assert all(p.requires_grad == (name not in frozen) for p in layer.parameters())
    before = {k: v.clone() for k, v in model.state_dict().items()}
    train_step(model, torch.randn(6, 1, 8, 8))
    after = model.state_dict()
    for key, value in before.items():
        layer = key.split(".")[0]
        if key.endswith("num_batches_tracked"):
            continue
        if layer in frozen:
            assert torch.equal(value, after[key]), key
    assert not torch.equal(before["fc1.weight"], after["fc1.weight"])
    assert not torch.equal(before["bn_fc1.running_mean"], after["bn_fc1.running_mean"])


def test_freeze_by_names() -> None:
    model = build_model(ModelConfig(hidden=[8, 8]), (4,), 2)
    assert freeze_layers(model, ["fc2", "fc1"]) == ["fc1", "fc2"]
    assert not model.fc1.weight.requires_grad and not model.fc2.bias.requires_grad
    assert model.out.weight.requires_grad
    before = model.fc2.weight.clone()
    train_step(model, torch.randn(5, 4))
    assert torch.equal(before, model.fc2.weight)


def test_freeze_nothing() -> None:
    model = build_model(ModelConfig(hidden=[8]), (4,), 2)
    assert freeze_layers(model, None) == []
    assert freeze_layers(model, 0) == []
    assert freeze_layers(model, []) == []
    assert all(p.requires_grad for p in model.parameters())


def test_freeze_errors() -> None:
    model = build_model(ModelConfig(hidden=[8]), (4,), 2)
    with pytest.raises(UserError, match="fc9.*fc1, out"):
        freeze_layers(model, ["fc9"])
    with pytest.raises(UserError, match="2 conv/dense layers"):
        freeze_layers(model, 3)
    with pytest.raises(UserError):
        freeze_layers(model, -1)
    assert freeze_layers(model, 2) == ["fc1", "out"]


def test_cnn_on_tabular_data() -> None:
    with pytest.raises(UserError, match="model.kind mlp"):
        build_model(ModelConfig(kind="cnn"), (30,), 2)


def test_cnn_shrinks_to_zero() -> None:
    cfg = ModelConfig(kind="cnn", conv=[ConvBlock(channels=4)] * 4)
    with pytest.raises(UserError, match="block 4.*pool4"):
        build_model(cfg, (1, 8, 8), 2)
    cfg = ModelConfig(kind="cnn", conv=[ConvBlock(channels=4, kernel=9, padding=0)])
    with pytest.raises(UserError, match="block 1.*conv1"):
        build_model(cfg, (1, 8, 8), 2)
