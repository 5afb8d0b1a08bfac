"""``saturated/<activation>``: the fraction of tanh/sigmoid outputs at the function's limits, from
the trainer's eval pass (``dnnlab train``) and from the training-mode passes of a tracked loop."""

from __future__ import annotations

import math

import pytest
import torch
from torch import nn

import dnnlab
from dnnlab.runner import run_experiment
from dnnlab.tracking import SaturationObserver
from tests.conftest import tiny


def test_the_observer_counts_outputs_within_the_margin_of_the_limits():
    model = nn.Sequential(nn.Tanh(), nn.Sigmoid())
    obs = SaturationObserver(model)
    # tanh: |tanh(+-5)| > .98 (saturated), tanh(0) and tanh(.1) not -> 2 of 4;
    # then sigmoid of those outputs (all in [-1, 1]) never reaches .02 / .98
    model(torch.tensor([[-5.0, 0.0, 5.0, 0.1]]))
    model(torch.tensor([[-5.0, 3.0, 0.0, 0.0]]))  # tanh(3) = .995: 2 of 4 again
    got = obs.fractions()
    assert got == {"saturated/0": pytest.approx(4 / 8), "saturated/1": 0.0}
    sig = nn.Sequential(nn.Sigmoid())
    obs2 = SaturationObserver(sig)
    # sigmoid(-5) = .007 and sigmoid(5) = .993 saturated; sigmoid(3.5) = .971 and .5 not
    sig(torch.tensor([[-5.0, 0.0, 5.0, 3.5]]))
    sig.eval()
    sig(torch.tensor([[9.0, 9.0, 9.0, 9.0]]))  # eval mode: not a training pass, not counted
    assert obs2.fractions() == {"saturated/0": pytest.approx(0.5)}
    assert obs2.fractions() == {}  # reset after reading
    obs.remove(), obs2.remove()


def saturation(metrics: dict[str, float]) -> dict[str, float]:
    return {k: v for k, v in metrics.items() if k.startswith("saturated/")}


def test_a_deep_tanh_mlp_with_a_large_normal_init_is_saturated(tracking_uri, client):
    res = run_experiment(tiny(tracking_uri,
                              model={"hidden": [64, 64, 64], "activation": "tanh",
                                     "init": "normal", "init_std": 1.0},
                              optim={"name": "sgd", "lr": 0.01}))
    got = saturation(client.get_run(res.run_id).data.metrics)
    assert set(got) == {"saturated/act_fc1", "saturated/act_fc2", "saturated/act_fc3"}
    # pre-activations of std ~ sqrt(fan-in) = 8: P(|z| > atanh(.98) = 2.3) ~ .77
    assert all(v > 0.7 for v in got.values()), got
    steps = [m.step for m in client.get_metric_history(res.run_id, "saturated/act_fc1")]
    assert steps == [1, 2]  # per epoch


def test_a_healthy_run_is_not_saturated_and_relu_logs_none(tracking_uri, client):
    res = run_experiment(tiny(tracking_uri,
                              model={"hidden": [64, 64, 64], "activation": "tanh",
                                     "init": "xavier_normal"},
                              optim={"name": "sgd", "lr": 0.05, "momentum": 0.9}))
    metrics = client.get_run(res.run_id).data.metrics
    got = saturation(metrics)
    assert len(got) == 3 and all(0 <= v < 0.1 for v in got.values()), got  # ~.02-.04
    assert metrics["val/accuracy"] > 0.8
    res = run_experiment(tiny(tracking_uri, model={"hidden": [32], "activation": "relu"}))
    assert saturation(client.get_run(res.run_id).data.metrics) == {}


class UserTanhNet(nn.Module):
    """A user's model with a tanh module (seen) and a functional sigmoid (not seen)."""

    def __init__(self, scale: float = 1.0) -> None:
        super().__init__()
        self.fc = nn.Linear(64, 32)
        self.squash = nn.Tanh()
        self.head = nn.Linear(32, 10)
        with torch.no_grad():
            self.fc.weight.mul_(scale)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(torch.sigmoid(self.squash(self.fc(x))))


def test_the_tracking_api_logs_saturation_of_a_user_model(tracking_uri, client):
    torch.manual_seed(0)
    model = UserTanhNet(scale=50.0)  # large weights: the tanh sits at its limits
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    x, y = torch.randn(256, 64), torch.randint(0, 10, (256,))
    with dnnlab.track(model, opt, experiment="own-loop", tracking_uri=tracking_uri) as run:
        for _ in range(2):
            for i in range(0, 256, 64):
                loss = nn.functional.cross_entropy(model(x[i:i + 64]), y[i:i + 64])
                opt.zero_grad()
                loss.backward()
                opt.step()
                run.step(loss)
            model.eval()
            with torch.no_grad():
                out = model(x)
            model.train()
            run.epoch(val_loss=nn.functional.cross_entropy(out, y), y_true=y, y_score=out)
    metrics = client.get_run(run.run_id).data.metrics
    assert set(saturation(metrics)) == {"saturated/squash"}
    assert 0.8 < metrics["saturated/squash"] <= 1
    assert [m.step for m in client.get_metric_history(run.run_id, "saturated/squash")] == [1, 2]
    assert math.isfinite(metrics["val/accuracy"])


class _Attention(nn.Module):
    """A CBAM-style spatial gate: the feature map times the sigmoid of a convolution over it."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(3, 3, 3, padding=1)
        self.act = nn.Sigmoid()  # a sigmoid of the signal path, not a gate
        self.spatial = nn.Conv2d(3, 1, 3, padding=1)
        self.spatial_gate = nn.Sigmoid()
        self.head = nn.Linear(3, 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.act(self.conv(x))
        h = h * self.spatial_gate(self.spatial(h))
        return self.head(h.mean((2, 3)))


class _Tree(nn.Module):
    """A soft decision tree of depth 2: the routing sigmoid, sliced, and its complement, each
    times the path probability so far."""

    def __init__(self) -> None:
        super().__init__()
        self.route = nn.Linear(4, 3)
        self.routing = nn.Sigmoid()
        self.leaves = nn.Linear(4, 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        p = self.routing(self.route(x))
        mu = x.new_ones(x.shape[0], 1)
        for level in range(2):
            left = p[:, 2 ** level - 1:2 ** (level + 1) - 1]
            mu = torch.stack([mu * left, mu * (1 - left)], dim=2).flatten(1)
        return self.leaves(mu)


class _ResidualMask(nn.Module):
    """Residual attention: the block times 1 + a sigmoid mask of itself (a gate); beside it a
    sigmoid added to a tensor, which is the signal path."""

    def __init__(self, shifted_by_tensor: bool = False) -> None:
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.mask_conv = nn.Conv2d(4, 4, 1)
        self.mask = nn.Sigmoid()
        self.shifted_by_tensor = shifted_by_tensor
        self.head = nn.Linear(4, 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = torch.relu(self.conv(x))
        m = self.mask(self.mask_conv(h))
        h = h * (h + m) if self.shifted_by_tensor else h * (1.0 + m)
        return self.head(h.mean((2, 3)))


class _Branchy(nn.Module):
    """A gate fx cannot trace: the forward pass branches on the data."""

    def __init__(self) -> None:
        super().__init__()
        self.lin = nn.Linear(4, 4)
        self.gate = nn.Sigmoid()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.sum() > 0:
            return x * self.gate(self.lin(x))
        return x


def test_sigmoids_that_gate_a_product_are_told_from_activations():
    from dnnlab.tracking._gates import gating_sigmoids

    assert gating_sigmoids(_Attention()) == ["spatial_gate"]
    assert gating_sigmoids(_Tree()) == ["routing"]
    glu = nn.Sequential(nn.Linear(4, 8), nn.GLU())  # torch's own GLU: no sigmoid module
    assert gating_sigmoids(glu) == []
    assert gating_sigmoids(nn.Sequential(nn.Linear(4, 8), nn.Sigmoid(), nn.Linear(8, 2))) == []
    assert gating_sigmoids(_Branchy()) == []  # untraceable: no gate known, judged as before
    assert gating_sigmoids(_ResidualMask()) == ["mask"]  # h * (1 + g)
    assert gating_sigmoids(_ResidualMask(shifted_by_tensor=True)) == []  # h * (h + g)


def test_a_tracked_model_with_gates_names_them_in_a_param(tracking_uri, client):
    torch.manual_seed(0)
    model = _Attention()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    x, y = torch.randn(32, 3, 6, 6), torch.randint(0, 2, (32,))
    with dnnlab.track(model, opt, experiment="gates", tracking_uri=tracking_uri) as run:
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        run.step(loss)
    params = client.get_run(run.run_id).data.params
    assert params["model.gates"] == '["spatial_gate"]'
    from dnnlab.runs import run_meta

    assert run_meta(client.get_run(run.run_id)).gates == ["spatial_gate"]
    with dnnlab.track(UserTanhNet(scale=1.0), experiment="gates",
                      tracking_uri=tracking_uri) as plain:
        plain.step(1.0)
    assert "model.gates" not in client.get_run(plain.run_id).data.params
