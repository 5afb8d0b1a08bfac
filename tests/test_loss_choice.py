"""``train.loss: mse`` on a classification task: the lectures' square error on the softmax
probabilities against one-hot targets, trainable on purpose to compare it with cross-entropy."""

from __future__ import annotations

import math

import pytest
import torch

from dnnlab.config import TrainConfig, load_config
from dnnlab.errors import UserError
from dnnlab.runner import run_experiment
from dnnlab.train import TaskLoss, n_outputs, resolve_loss
from tests.conftest import ROOT, tiny


def test_mse_on_classification_is_square_error_on_softmax_probabilities():
    loss = TaskLoss("mse", task="classification")
    logits = torch.tensor([[0.0, 0.0, math.log(2)],  # p = (.25, .25, .5), y = 2
                           [math.log(3), 0.0, 0.0]],  # p = (.6, .2, .2), y = 1
                          requires_grad=True)
    y = torch.tensor([2, 1])
    # (.25^2 + .25^2 + .5^2) + (.6^2 + .8^2 + .2^2) over 2 samples x 3 classes
    expected = (0.0625 + 0.0625 + 0.25 + 0.36 + 0.64 + 0.04) / 6
    value = loss(logits, y)
    assert value.item() == pytest.approx(expected, rel=1e-6)
    value.backward()
    assert logits.grad is not None and logits.grad.abs().sum() > 0
    assert torch.allclose(loss.probabilities(logits),
                          torch.tensor([[0.25, 0.25, 0.5], [0.6, 0.2, 0.2]]), atol=1e-6)
    # on a regression task mse stays the plain squared error of the single output
    reg = TaskLoss("mse", task="regression")
    assert reg(torch.tensor([[1.0], [3.0]]), torch.tensor([0.0, 1.0])).item() == \
        pytest.approx((1 + 4) / 2)


def test_resolve_loss_allows_mse_but_not_mae_on_classification():
    assert resolve_loss(TrainConfig(loss="mse"), "classification", 10) == "mse"
    assert n_outputs("mse", 10) == 10 and n_outputs("mse", 2) == 2  # K softmax outputs
    assert n_outputs("mse", 0) == 1 and n_outputs("cross_entropy", 10) == 10  # regression: 1
    for name in ("mae", "huber"):
        with pytest.raises(UserError, match=f"train.loss {name} is a regression loss.*mse"):
            resolve_loss(TrainConfig(loss=name), "classification", 10)


def test_a_digits_mlp_trains_with_mse_through_the_runner(tracking_uri, client):
    cfg = tiny(tracking_uri, model={"hidden": [32], "activation": "sigmoid"},
               optim={"name": "adam", "lr": 0.01}, train={"loss": "mse", "epochs": 3})
    res = run_experiment(cfg)
    run = client.get_run(res.run_id)
    assert run.info.status == "FINISHED"
    params, tags, metrics = run.data.params, run.data.tags, run.data.metrics
    assert params["train.loss"] == "mse" and tags["task"] == "classification"
    assert params["model.activation"] == "sigmoid"
    assert params["model.layers"] == '["fc1", "out"]'
    for key in ("val/loss", "val/accuracy", "test/accuracy", "val/roc_auc"):
        assert math.isfinite(metrics[key]), key
    # the loss is on probabilities: at most 2/K per sample, far below cross-entropy's scale
    assert 0 <= metrics["val/loss"] <= 2 / 10
    assert metrics["val/accuracy"] > 0.5  # adam gets it going; the lab shows sgd's struggle


def test_the_loss_comparison_lab_file_compares_the_two_losses():
    cfg = load_config(ROOT / "experiments" / "loss_comparison.yaml")
    assert set(cfg.variants) == {"cross_entropy", "mse"}
    assert {cfg.variant(v).train.loss for v in cfg.variants} == {"cross_entropy", "mse"}
    assert cfg.model.activation == "sigmoid" and cfg.optim.name == "sgd"
