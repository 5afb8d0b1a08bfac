"""The healthy part of the diagnosis bank: sound settings that train well, to count false alarms.

Varied over data sets (digits, moons, spirals, blobs, breast cancer, sine, CSV files), models
(MLPs of several widths and activations, CNNs, dropout, batch normalisation), optimisers (SGD,
momentum, Nesterov, RMSprop, Adagrad, Adadelta, Adam, AdamW), schedules, batch sizes from 8 to 256
and seeds, plus healthy runs logged by other tools (script cases). Each setting was trained to
check, from its metrics only, that it reaches a good validation score (digits accuracy > 0.9,
moons and spirals > 0.85, blobs and breast cancer > 0.9, regression R2 > 0.8); none was picked or
dropped by looking at its findings. Every case expects no finding of severity warning or worse
and the verdict ``healthy``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import yaml

from benchmarks.diagnosis_bank._machinery import Case, temp_csv
from benchmarks.diagnosis_bank._scripts import (
    Setup,
    hf_trainer_run,
    keras_run,
    lightning_run,
    plain_run,
    tensorboard_run,
)

ROOT = Path(__file__).resolve().parents[2]
CNN = {"kind": "cnn", "conv": [{"channels": 8}, {"channels": 16}], "hidden": [32]}
MOONS = {"dataset": "moons", "n_samples": 1000, "noise": 0.2}
SPIRALS = {"dataset": "spirals", "n_samples": 600, "noise": 0.1}


def _plant_growth(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """Regression: growth from water, light and temperature (a smooth nonlinear target)."""
    x = rng.uniform(0, 1, size=(800, 3))
    y = 2 * x[:, 0] + np.sin(3 * x[:, 1]) + 0.5 * x[:, 0] * x[:, 2] + rng.normal(0, 0.1, 800)
    return ["water", "light", "temperature", "growth"], np.column_stack([x, y])


def _iris_like(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """Classification: 3 species from 4 measurements (Gaussian clusters)."""
    centres = np.array([[5.0, 3.4, 1.5, 0.2], [5.9, 2.8, 4.3, 1.3], [6.6, 3.0, 5.6, 2.0]])
    y = rng.integers(0, 3, 600)
    x = centres[y] + rng.normal(0, 0.3, size=(600, 4))
    return ["sepal_l", "sepal_w", "petal_l", "petal_w", "species"], np.column_stack([x, y])


def _csv_regression() -> dict[str, Any]:
    return {"seed": 21,
            "data": {"dataset": "csv", "path": temp_csv("plant_growth", _plant_growth, seed=11),
                     "target": "growth"},
            "model": {"hidden": [64, 64]}, "optim": {"lr": 0.01},
            "train": {"epochs": 25, "batch_size": 32}}


def _csv_classification() -> dict[str, Any]:
    return {"seed": 22,
            "data": {"dataset": "csv", "path": temp_csv("species", _iris_like, seed=11),
                     "target": "species"},
            "model": {"hidden": [32]}, "optim": {"name": "sgd", "lr": 0.05, "momentum": 0.9},
            "train": {"epochs": 10, "batch_size": 16}}


def _shipped_digits_cnn() -> dict[str, Any]:
    """``experiments/digits_cnn.yaml`` as shipped (early stopping on val/loss included)."""
    return yaml.safe_load((ROOT / "experiments" / "digits_cnn.yaml").read_text())


def _h(name: str, sections: Any, **kw: Any) -> Case:
    return Case(name, "", sections, verdict="healthy", **kw)


def _script(name: str, script: Any, tool: str) -> Case:
    return Case(name, "", script=script, tool=tool, verdict="healthy")


CASES: tuple[Case, ...] = (
    # ---------------------------------------------------------------- digits, MLP
    _h("healthy_digits_mlp_adam_b8",
       {"seed": 1, "model": {"hidden": [64]}, "train": {"epochs": 3, "batch_size": 8}}),
    _h("healthy_digits_mlp_momentum_b32",
       {"seed": 2, "model": {"hidden": [64]},
        "optim": {"name": "sgd", "lr": 0.05, "momentum": 0.9},
        "train": {"epochs": 10, "batch_size": 32}}),
    _h("healthy_digits_mlp_nesterov_b64",
       {"seed": 3, "model": {"hidden": [128, 64]},
        "optim": {"name": "sgd", "lr": 0.05, "momentum": 0.9, "nesterov": True},
        "train": {"epochs": 15, "batch_size": 64}}),
    _h("healthy_digits_mlp_rmsprop_b128",
       {"seed": 4, "model": {"hidden": [64]}, "optim": {"name": "rmsprop", "lr": 1e-3},
        "train": {"epochs": 25, "batch_size": 128}}),
    _h("healthy_digits_mlp_adagrad_b32",
       {"seed": 5, "model": {"hidden": [64]}, "optim": {"name": "adagrad", "lr": 0.05},
        "train": {"epochs": 10, "batch_size": 32}}),
    _h("healthy_digits_mlp_adamw_b256",
       {"seed": 6, "model": {"hidden": [128]},
        "optim": {"name": "adamw", "lr": 5e-3, "weight_decay": 0.01},
        "train": {"epochs": 30, "batch_size": 256}}),
    _h("healthy_digits_mlp_adadelta_b16",
       {"seed": 7, "model": {"hidden": [64]}, "optim": {"name": "adadelta", "lr": 1.0},
        "train": {"epochs": 8, "batch_size": 16}}),
    _h("healthy_digits_mlp_tanh_xavier",
       {"seed": 8, "model": {"hidden": [64], "activation": "tanh", "init": "xavier_normal"},
        "optim": {"lr": 2e-3}, "train": {"epochs": 10, "batch_size": 32}}),
    _h("healthy_digits_mlp_dropout",
       {"seed": 9, "model": {"hidden": [128], "dropout": 0.2}, "optim": {"lr": 2e-3},
        "train": {"epochs": 12, "batch_size": 32}}),
    _h("healthy_digits_mlp_batchnorm_sgd",
       {"seed": 10, "model": {"hidden": [64, 64], "batchnorm": True},
        "optim": {"name": "sgd", "lr": 0.1, "momentum": 0.9},
        "train": {"epochs": 8, "batch_size": 64}}),
    _h("healthy_digits_mlp_leaky_step_decay",
       {"seed": 11, "model": {"hidden": [64], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.1, "momentum": 0.9, "schedule": "step",
                  "step_size": 5, "gamma": 0.3},
        "train": {"epochs": 12, "batch_size": 32}}),
    # ---------------------------------------------------------------- digits, CNN
    _h("healthy_digits_cnn_adam_b32",
       {"seed": 12, "model": CNN, "optim": {"lr": 3e-3}, "train": {"epochs": 6, "batch_size": 32}}),
    _h("healthy_digits_cnn_momentum_b16",
       {"seed": 13, "model": CNN, "optim": {"name": "sgd", "lr": 0.03, "momentum": 0.9},
        "train": {"epochs": 5, "batch_size": 16}}),
    _h("healthy_digits_cnn_shipped_example", _shipped_digits_cnn),
    # ---------------------------------------------------------------- moons, spirals, blobs
    _h("healthy_moons_adam_b16",
       {"seed": 14, "data": MOONS, "model": {"hidden": [32, 32]}, "optim": {"lr": 0.01},
        "train": {"epochs": 15, "batch_size": 16}}),
    _h("healthy_moons_momentum_b64",
       {"seed": 15, "data": MOONS, "model": {"hidden": [32, 32]},
        "optim": {"name": "sgd", "lr": 0.1, "momentum": 0.9},
        "train": {"epochs": 40, "batch_size": 64}}),
    _h("healthy_moons_elu_rmsprop",
       {"seed": 16, "data": MOONS, "model": {"hidden": [64, 64], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 3e-3}, "train": {"epochs": 25, "batch_size": 32}}),
    _h("healthy_spirals_adam_b16",
       {"seed": 17, "data": SPIRALS, "model": {"hidden": [64, 64]}, "optim": {"lr": 0.01},
        "train": {"epochs": 30, "batch_size": 16}}),
    _h("healthy_spirals_silu_adamw",
       {"seed": 18, "data": SPIRALS, "model": {"hidden": [128, 64], "activation": "silu"},
        "optim": {"name": "adamw", "lr": 5e-3}, "train": {"epochs": 40, "batch_size": 32}}),
    _h("healthy_blobs_sgd_b8",
       {"seed": 19, "data": {"dataset": "blobs", "n_classes": 4, "noise": 0.1},
        "model": {"hidden": [16]}, "optim": {"name": "sgd", "lr": 0.05},
        "train": {"epochs": 6, "batch_size": 8}}),
    _h("healthy_blobs_4d_adagrad",
       {"seed": 20, "data": {"dataset": "blobs", "n_classes": 3, "n_features": 4},
        "model": {"hidden": [32]}, "optim": {"name": "adagrad", "lr": 0.1},
        "train": {"epochs": 10, "batch_size": 32}}),
    # ---------------------------------------------------------------- breast cancer
    _h("healthy_breast_cancer_momentum_b16",
       {"seed": 23, "data": {"dataset": "breast_cancer"}, "model": {"hidden": [32]},
        "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
        "train": {"epochs": 15, "batch_size": 16}}),
    _h("healthy_breast_cancer_adam_b128",
       {"seed": 24, "data": {"dataset": "breast_cancer"}, "model": {"hidden": [64, 32]},
        "optim": {"lr": 3e-3}, "train": {"epochs": 40, "batch_size": 128}}),
    _h("healthy_breast_cancer_l2_rmsprop",
       {"seed": 25, "data": {"dataset": "breast_cancer"}, "model": {"hidden": [32]},
        "optim": {"name": "rmsprop", "lr": 1e-3, "weight_decay": 1e-3},
        "train": {"epochs": 15, "batch_size": 32}}),
    # ---------------------------------------------------------------- regression, CSV
    _h("healthy_sine_adam_b16",
       {"seed": 26, "data": {"dataset": "sine"}, "model": {"hidden": [64, 64]},
        "optim": {"lr": 0.01}, "train": {"epochs": 20, "batch_size": 16}}),
    _h("healthy_sine_tanh_momentum",
       {"seed": 27, "data": {"dataset": "sine"}, "model": {"hidden": [32, 32],
                                                           "activation": "tanh"},
        "optim": {"name": "sgd", "lr": 0.05, "momentum": 0.9},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy_csv_regression", _csv_regression),
    _h("healthy_csv_classification", _csv_classification),
    # ---------------------------------------------------------------- other tools' runs
    _script("healthy_lightning_moons",
            lightning_run(Setup("moons", hidden=(32, 32), lr=0.01, epochs=15,
                                data_args=(("n", 1000),))), "lightning"),
    _script("healthy_lightning_suffixed_breast_cancer",
            lightning_run(Setup("breast_cancer", hidden=(32,), lr=1e-3, epochs=15),
                          suffixed_val=True), "lightning"),
    _script("healthy_hf_trainer_digits",
            hf_trainer_run(Setup("digits", hidden=(128,), lr=3e-3, epochs=8),
                           logging_steps=10), "transformers"),
    _script("healthy_keras_breast_cancer",
            keras_run(Setup("breast_cancer", hidden=(32,), lr=1e-3, epochs=20)), "keras"),
    _script("healthy_tensorboard_digits_cnn",
            tensorboard_run(Setup("digits", conv=True, lr=3e-3, epochs=6)), "tensorboard"),
    _script("healthy_plain_loop_sine",
            plain_run(Setup("sine", hidden=(64, 64), lr=0.01, epochs=20,
                            data_args=(("n", 1000),))), "pytorch"),
)
