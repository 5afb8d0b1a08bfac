"""The held-out part of the diagnosis bank: faults the thresholds were never tuned on.

Written and labelled before any rule or threshold was changed for them, on other data sets,
models, optimisers, batch sizes, learning rates and seeds than :mod:`.tuned`, and with runs
logged by other tools (script cases). Each case is labelled with what the lectures call the
fault that was injected; a case was trained only to check that its fault is real, from the run's
metrics (e.g. train accuracy ~1.0 against a much lower validation accuracy, a loss that really
explodes), never from its findings.

Label policy (as for the root-cause case): the state a run ends in is *expected*
where its metrics show it, the mechanisms on the way (dead ReLUs after an explosion, the data
order behind it) are *allowed* with their reason. For the two outcome codes, from the run's final
validation accuracy and its test confusion matrix: ``at_chance`` is expected when the accuracy is
within 0.05 of the better of 1/K and the majority-class share (allowed up to 0.1 above it);
``predictions_collapsed`` when at least 90% of the test predictions fall in one class (allowed
from 60%: "most" of them, but a classifier that still predicts the other classes).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import yaml

from benchmarks.diagnosis_bank._machinery import POOR_AFTER_A_BLOW_UP, Case, allowing, temp_csv
from benchmarks.diagnosis_bank._scripts import (
    Setup,
    hf_trainer_run,
    keras_run,
    lightning_run,
    plain_run,
    tensorboard_run,
)
from dnnlab.config import apply_overrides

ROOT = Path(__file__).resolve().parents[2]
CNN = {"kind": "cnn", "conv": [{"channels": 8}, {"channels": 16}], "hidden": [32]}
SPIRALS = {"dataset": "spirals", "n_samples": 600, "noise": 0.1}
BLOBS = {"dataset": "blobs", "n_classes": 5, "noise": 0.15}


def _digits_cnn(*overrides: str) -> dict[str, Any]:
    """``experiments/digits_cnn.yaml`` with ``--set`` overrides, as a user would run it."""
    raw = yaml.safe_load((ROOT / "experiments" / "digits_cnn.yaml").read_text())
    return apply_overrides(raw, list(overrides))


def _prices(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A linear target in the hundreds (unscaled, like prices) from 4 features."""
    x = rng.normal(size=(600, 4))
    y = x @ np.array([300.0, -200.0, 150.0, 50.0]) + 500 + rng.normal(0, 20, 600)
    return ["a", "b", "c", "d", "price"], np.column_stack([x, y])


def _csv_regression() -> dict[str, Any]:
    """The CSV file is written to the temp dir when the case is built."""
    return {"data": {"dataset": "csv", "path": temp_csv("linear_prices", _prices, seed=7),
                     "target": "price"},
            "model": {"hidden": [32, 32]},
            "optim": {"name": "sgd", "lr": 0.05, "momentum": 0.9},
            "train": {"epochs": 5, "batch_size": 32},
            "diagnose": {"stop_on": []}}


EXPLOSION_EFFECTS = ("effects of the explosion: the first updates are ~1000x the healthy 1e-3 "
                     "of the weights and kill the ReLUs; the data order (by label, never "
                     "shuffled) is a true but secondary fault")
HIGH_LR_EFFECTS = ("effects of the learning rate far too high: the first updates are far above "
                   "1e-3 of the weights, and the blow-up kills ReLUs")
SQUARE_ERROR = ("the lectures' demonstration: square error on probabilities learns slowly and "
                "gets stuck, so the curve also looks slow or poor")
STILL_FALLING = "true as well: the loss is still falling when the epochs run out"
CREEPING = "true as well: the loss still creeps down while the accuracy stays poor"
SATURATED = ("saturated tanh/sigmoid units pass almost no gradient to the layers below, and the "
             "loss, far above chance at the start, is still falling when the epochs run out")
FLAT_AT_CHANCE = ("true as well: sorted blocks pull the net to one class after another, so the "
                  "epoch loss stays flat at chance")
COLLAPSE = ("predictions_collapsed", "at_chance")


def _s(data: str, **kw: Any) -> Setup:
    """A script case's setup; ``subset``/``n``/``noise``/``k``/``by_label`` go to the data."""
    data_keys = {"subset", "n", "noise", "k", "by_label"}
    data_args = tuple((k, kw.pop(k)) for k in sorted(data_keys & set(kw)))
    args = tuple(kw.pop("optim_args", {}).items())
    return Setup(data, data_args=data_args, optim_args=args, **kw)


CASES: tuple[Case, ...] = (
    # ---------------------------------------------------------------- generalisation
    Case("gap_digits_flat_val", "digits MLP on 70 training samples, no regularisation, "
         "30 epochs: train accuracy 1.0, validation ~0.87 with a flat validation loss",
         {"data": {"subset": 70}, "model": {"hidden": [128]}, "optim": {"lr": 3e-3},
          "train": {"epochs": 30, "batch_size": 16}},
         expect=("generalisation_gap",), allow=("overfitting",),
         why_allowed="the gap is what overfitting means; the validation loss just does not rise",
         verdict="generalisation_problem"),
    Case("overfit_spirals_rising_val", "50 noisy spiral points, 2x256 MLP, 50 epochs: "
         "validation loss rises 3x while the training loss falls to ~0",
         {"data": {**SPIRALS, "subset": 50, "noise": 0.15}, "model": {"hidden": [256, 256]},
          "optim": {"lr": 0.01}, "train": {"epochs": 50, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap"), verdict="generalisation_problem"),
    Case("overfit_digits_cnn_subset", "digits CNN on 60 samples, 40 epochs, no regularisation",
         {"data": {"subset": 60}, "model": CNN, "optim": {"lr": 3e-3},
          "train": {"epochs": 40, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap"), verdict="generalisation_problem"),
    # ---------------------------------------------------------------- poor fit
    Case("underfit_digits_bottleneck", "digits MLP through a 2-unit ELU bottleneck "
         "(64-32-2-10), RMSprop: train and validation accuracy ~0.6 together",
         {"model": {"hidden": [32, 2], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 3e-3}, "train": {"epochs": 12, "batch_size": 32}},
         expect=("underfitting",), allow=("not_converged",), why_allowed=CREEPING,
         verdict="training_problem"),
    Case("underfit_digits_weight_decay", "digits MLP, momentum SGD with weight decay 0.3 "
         "(L2 far too strong): train and validation accuracy ~0.6 together",
         {"model": {"hidden": [64]},
          "optim": {"name": "sgd", "lr": 0.05, "momentum": 0.9, "weight_decay": 0.3},
          "train": {"epochs": 8, "batch_size": 32}},
         expect=("underfitting",), verdict="training_problem"),
    Case("underfit_sine_one_unit", "sine regression through one ReLU unit: R2 ~0.68 on both "
         "splits, the loss flat",
         {"data": {"dataset": "sine"}, "model": {"hidden": [1]}, "optim": {"lr": 0.03},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting",), verdict="training_problem"),
    # ---------------------------------------------------------------- the root-cause case
    Case("root_cause_digits_cnn", "experiments/digits_cnn.yaml with optim.lr=0.3 and "
         "data.shuffle=false: the loss explodes at step 2, then the net sits at chance "
         "predicting one class",
         _digits_cnn("optim.lr=0.3", "data.shuffle=false"),
         expect=("divergence", "predictions_collapsed", "at_chance"),
         allow=("dead_relu", "unshuffled_data", "update_ratio_high"),
         why_allowed=EXPLOSION_EFFECTS,
         verdict="failed"),
    # ---------------------------------------------------------------- activations and loss
    Case("saturated_tanh_large_init", "3x64 tanh MLP with N(0, 1) init on digits, plain SGD",
         {"model": {"hidden": [64, 64, 64], "activation": "tanh", "init": "normal",
                    "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 0.01}, "train": {"epochs": 5, "batch_size": 32}},
         expect=("saturated_activation",), allow=("vanishing_gradients", "not_converged"),
         why_allowed=SATURATED, verdict="training_problem"),
    Case("saturated_sigmoid_large_init", "4x32 sigmoid MLP with N(0, 3) init on breast "
         "cancer, plain SGD: accuracy below the majority class",
         {"data": {"dataset": "breast_cancer"},
          "model": {"hidden": [32, 32, 32, 32], "activation": "sigmoid", "init": "normal",
                    "init_std": 3.0},
          "optim": {"name": "sgd", "lr": 0.01}, "train": {"epochs": 8, "batch_size": 32}},
         expect=("saturated_activation", "at_chance"),
         allow=("vanishing_gradients", "not_converged", "predictions_collapsed"),
         why_allowed=SATURATED + "; 63% of the predictions are one class",
         verdict="training_problem"),
    Case("mse_softmax_digits", "softmax classifier on digits trained with square error",
         {"model": {"hidden": [64]}, "optim": {"lr": 1e-3}, "train": {"loss": "mse"}},
         expect=("loss_mismatch",), allow=("underfitting", "not_converged", "slow_start"),
         why_allowed=SQUARE_ERROR, verdict="training_problem", needs=("mse_classification",)),
    Case("mse_sigmoid_breast_cancer", "sigmoid classifier on breast cancer trained with square "
         "error, plain SGD",
         {"data": {"dataset": "breast_cancer"}, "optim": {"name": "sgd", "lr": 0.05},
          "train": {"loss": "mse", "epochs": 8, "batch_size": 32}},
         expect=("loss_mismatch",), allow=("underfitting", "not_converged", "slow_start"),
         why_allowed=SQUARE_ERROR, verdict="training_problem", needs=("mse_classification",)),
    # ---------------------------------------------------------------- learning rate
    Case("adagrad_lr_far_too_high", "Adagrad at LR 5 on spirals",
         {"data": SPIRALS, "model": {"hidden": [64, 64]}, "optim": {"name": "adagrad", "lr": 5.0},
          "train": {"epochs": 5, "batch_size": 32}},
         expect=("divergence", "update_ratio_high"),
         allow=("at_chance", "predictions_collapsed", "dead_relu"),
         why_allowed="0.40 on 3 classes is barely above chance, 80% of the predictions are one "
         "class; 60-70% of the ReLUs die in the blow-up", verdict="failed"),
    Case("rmsprop_lr_far_too_high_cnn", "RMSprop at LR 0.5 on a digits CNN",
         {"model": CNN, "optim": {"name": "rmsprop", "lr": 0.5},
          "train": {"epochs": 3, "batch_size": 32}},
         expect=("divergence", *COLLAPSE), allow=("update_ratio_high", "dead_relu"),
         why_allowed=HIGH_LR_EFFECTS + " (here only the first update: then every unit is dead)",
         verdict="failed"),
    Case("momentum_lr_far_too_low", "SGD + momentum 0.9 at LR 1e-6 on breast cancer",
         {"data": {"dataset": "breast_cancer"}, "model": {"hidden": [32, 32]},
          "optim": {"name": "sgd", "lr": 1e-6, "momentum": 0.9},
          "train": {"epochs": 8, "batch_size": 16}},
         expect=("not_training", "update_ratio_low", "at_chance"), verdict="training_problem"),
    Case("nesterov_lr_far_too_low_cnn", "Nesterov SGD at LR 1e-5 on a digits CNN",
         {"model": CNN, "optim": {"name": "sgd", "lr": 1e-5, "momentum": 0.9,
                                  "nesterov": True},
          "train": {"epochs": 3, "batch_size": 32}},
         expect=("not_training", "update_ratio_low", *COLLAPSE), verdict="training_problem"),
    Case("adamw_lr_far_too_low_spirals", "AdamW at LR 1e-6 on spirals, batch 128",
         {"data": SPIRALS, "model": {"hidden": [64, 64]},
          "optim": {"name": "adamw", "lr": 1e-6}, "train": {"epochs": 10, "batch_size": 128}},
         expect=("not_training", "update_ratio_low", "at_chance"), verdict="training_problem"),
    # ---------------------------------------------------------------- initialisation, depth
    Case("zero_init_cnn", "digits CNN with every weight zero",
         {"model": {**CNN, "init": "zeros"}, "train": {"epochs": 3, "batch_size": 32}},
         expect=("not_training", *COLLAPSE), allow=("dead_relu",),
         why_allowed="ReLU(0) = 0: every unit of an all-zero net is inactive on every sample",
         verdict="training_problem"),
    Case("vanishing_12_sigmoid_adam", "12 sigmoid layers, Adam, on digits: first-layer "
         "gradient ~1e-10, the loss flat at chance",
         {"model": {"hidden": [32] * 12, "activation": "sigmoid"},
          "train": {"epochs": 5, "batch_size": 64}},
         expect=("vanishing_gradients", "not_training", *COLLAPSE), verdict="training_problem"),
    Case("exploding_nesterov_moons", "3x16 ReLU MLP, Nesterov SGD at LR 4 on moons: the "
         "first layer's gradient up to 1e5x the last's, the loss to 1e9",
         {"data": {"dataset": "moons", "n_samples": 800, "noise": 0.25},
          "model": {"hidden": [16, 16, 16]},
          "optim": {"name": "sgd", "lr": 4.0, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 3, "batch_size": 16}},
         expect=("exploding_gradients", "divergence", *COLLAPSE),
         allow=("update_ratio_high", "dead_relu"), why_allowed=HIGH_LR_EFFECTS,
         verdict="failed"),
    Case("dead_relu_adam_lr_high", "digits 2x64 ReLU MLP, Adam at LR 0.5: 95-98% of the "
         "units dead after one blow-up",
         {"model": {"hidden": [64, 64]}, "optim": {"name": "adam", "lr": 0.5},
          "train": {"epochs": 4, "batch_size": 32}},
         expect=("dead_relu", "divergence"),
         allow=("update_ratio_high", "at_chance", "predictions_collapsed"),
         why_allowed=HIGH_LR_EFFECTS + "; 0.20 on 10 classes is barely above chance (the dead "
         "net predicts two classes, 62% one of them)", verdict="failed"),
    Case("dead_relu_moons_momentum", "moons 3x32 ReLU MLP, SGD + momentum 0.9 at LR 2: the "
         "deeper layers 100% dead",
         {"data": {"dataset": "moons", "n_samples": 800, "noise": 0.2},
          "model": {"hidden": [32, 32, 32]}, "optim": {"name": "sgd", "lr": 2.0, "momentum": 0.9},
          "train": {"epochs": 5, "batch_size": 32}},
         expect=("dead_relu", *COLLAPSE), allow=("update_ratio_high",),
         why_allowed=HIGH_LR_EFFECTS, verdict="training_problem"),
    # ---------------------------------------------------------------- data and batches
    Case("unshuffled_breast_cancer", "breast cancer sorted by label, never shuffled",
         {"data": {"dataset": "breast_cancer", "order": "by_label", "shuffle": False},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 8, "batch_size": 16}},
         expect=("unshuffled_data",), allow=("not_converged",), why_allowed=STILL_FALLING,
         verdict="training_problem"),
    Case("unshuffled_spirals", "spirals sorted by label, never shuffled (shuffled, the same "
         "setting reaches ~0.93): stuck at chance on one class",
         {"data": {**SPIRALS, "order": "by_label", "shuffle": False},
          "model": {"hidden": [64, 64]}, "optim": {"lr": 0.01},
          "train": {"epochs": 20, "batch_size": 16}},
         expect=("unshuffled_data", *COLLAPSE), allow=("not_training",),
         why_allowed=FLAT_AT_CHANCE, verdict="training_problem"),
    Case("noisy_batch2_blobs", "batch size 2 at SGD LR 0.2 on overlapping blobs",
         {"data": {**BLOBS, "n_samples": 400, "noise": 0.3}, "model": {"hidden": [16]},
          "optim": {"name": "sgd", "lr": 0.2}, "train": {"epochs": 2, "batch_size": 2}},
         expect=("noisy_loss",), verdict="training_problem"),
    Case("noisy_batch2_rmsprop", "batch size 2 with RMSprop at LR 0.01 on breast cancer",
         {"data": {"dataset": "breast_cancer"}, "model": {"hidden": [32]},
          "optim": {"name": "rmsprop", "lr": 0.01}, "train": {"epochs": 2, "batch_size": 2}},
         expect=("noisy_loss",), verdict="training_problem"),
    Case("not_converged_cnn_2_epochs", "digits CNN, SGD + momentum, stopped after 2 epochs "
         "(validation accuracy 0.30 -> 0.52)",
         {"model": CNN, "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 2, "batch_size": 32}},
         expect=("not_converged",), verdict="training_problem"),
    Case("not_converged_adadelta", "Adadelta (LR 1) on breast cancer for 4 epochs, the loss "
         "still halving",
         {"data": {"dataset": "breast_cancer"}, "optim": {"name": "adadelta", "lr": 1.0},
          "train": {"epochs": 4, "batch_size": 32}},
         expect=("not_converged",), verdict="training_problem"),
    Case("nan_csv_regression", "CSV regression with targets in the hundreds, SGD + momentum "
         "at LR 0.05, no stop on divergence: the loss climbs, then overflows to Inf",
         _csv_regression, expect=("nan_loss", "divergence"), verdict="failed"),
    # ---------------------------------------------------------------- other tools' runs
    Case("lightning_overfit_digits", "Lightning + MLFlowLogger: 2x256 MLP on 50 digits, Adam "
         "at LR 0.01, 30 epochs (train_loss_step/_epoch, train_acc, val_loss, val_acc at the "
         "global step): train accuracy 1.0, val accuracy ~0.71, val loss 1.05 -> 3.8",
         script=lightning_run(_s("digits", hidden=(256, 256), lr=1e-2, epochs=30,
                                 batch_size=16, subset=50)),
         tool="lightning", expect=("overfitting", "generalisation_gap"),
         verdict="generalisation_problem"),
    Case("hf_trainer_overfit_digits", "Hugging Face Trainer names: 256-unit MLP on 60 digits, "
         "40 epochs, linear LR decay (loss every 5 steps, eval_* per epoch, one train_loss): "
         "loss 0.004, eval_loss flat at 0.57, eval_accuracy 0.84",
         script=hf_trainer_run(_s("digits", hidden=(256,), lr=3e-3, epochs=40, batch_size=8,
                                  subset=60)),
         tool="transformers", expect=("generalisation_gap",), allow=("overfitting",),
         why_allowed="the gap is what overfitting means; with the learning rate decayed to 0 "
         "the eval_loss stays flat", verdict="generalisation_problem"),
    Case("keras_sgd_divergent", "Keras per-epoch names (steps from 0): ReLU MLP on digits, "
         "SGD + momentum at LR 1, the epoch loss 300 -> 1e31",
         script=keras_run(_s("digits", hidden=(64,), optim="sgd", lr=1.0,
                             optim_args={"momentum": 0.9}, epochs=8)),
         tool="keras", expect=("divergence",), verdict="failed"),
    Case("test_metrics_beside_val", "hand-written loop on moons logging test_loss and "
         "test_accuracy every epoch beside a healthy val_loss/val_acc",
         script=plain_run(_s("moons", hidden=(32, 32), lr=0.01, epochs=20, n=600),
                          test_each_epoch=True),
         tool="pytorch", verdict="healthy"),
    Case("inf_loss_corrupt_record", "hand-written loop on sine regression; a corrupt record "
         "(x = 1e30) in the batch of step 50 makes the loss Inf (stored as 1.797e308); the "
         "loop stops there", script=plain_run(_s("sine", hidden=(32, 32), lr=0.01, epochs=6),
                                              corrupt_step=50),
         tool="pytorch", expect=("nan_loss",), expect_step=50, verdict="failed"),
    Case("tensorboard_unshuffled_blobs", "TensorBoard tags (Loss/train, Loss/val, "
         "Accuracy/val, Accuracy/train): 4 blobs sorted by label, never shuffled",
         script=tensorboard_run(_s("blobs", hidden=(32,), lr=0.01, epochs=8, batch_size=16,
                                   shuffle=False, by_label=True, k=4, n=600)),
         tool="tensorboard", expect=("unshuffled_data",), verdict="training_problem"),
    Case("lightning_suffixed_lr_too_low", "Lightning with train_loss_step/_epoch, "
         "val_loss_step/_epoch and epoch: SGD at LR 1e-5 on breast cancer",
         script=lightning_run(_s("breast_cancer", hidden=(32, 32), optim="sgd", lr=1e-5,
                                 epochs=10), suffixed_val=True),
         tool="lightning", expect=("not_training", "at_chance"), allow=("predictions_collapsed",),
         why_allowed="the untrained net predicts 68% of the samples as one class",
         verdict="training_problem"),
    Case("plain_slow_sgd_not_converged", "hand-written loop (train_loss per step, val_loss "
         "and val_acc per epoch from 1): digits MLP, plain SGD at LR 0.01 for 3 epochs",
         script=plain_run(_s("digits", hidden=(64,), optim="sgd", lr=0.01, epochs=3)),
         tool="pytorch", expect=("not_converged",), verdict="training_problem"),
)
# after heldout355: the poor fit after a blow-up, allowed (see POOR_AFTER_A_BLOW_UP)
CASES = allowing(CASES, (
    "exploding_nesterov_moons",
    "dead_relu_adam_lr_high",
    "adagrad_lr_far_too_high",
    "root_cause_digits_cnn",
    "rmsprop_lr_far_too_high_cnn",
), ("underfitting",), POOR_AFTER_A_BLOW_UP)
