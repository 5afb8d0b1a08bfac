"""The tuned part of the diagnosis bank: 28 labelled runs (22 faults, 6 healthy) made by really
training small models with one fault each, injected through the experiment file only.

The diagnosis' thresholds were tuned on these very cases, so their score is not an honest
measure of how the rules generalise: that is what :mod:`.heldout` and :mod:`.healthy` are for.
Labels (``expect``, ``allow``) are the ones the thresholds were tuned against, unchanged; the
``verdict`` of each case was added with the held-out set, from its metrics (``huge_init`` and
``dead_relu_high_lr`` blow the loss up to 1e6 and 30x chance, then sit at chance: failed).

>>> len(CASES) >= 20 and sum(c.healthy for c in CASES) >= 4
True
"""

from __future__ import annotations

from benchmarks.diagnosis_bank._machinery import POOR_AFTER_A_BLOW_UP, Case, allowing

MOONS = {"dataset": "moons", "n_samples": 600, "noise": 0.2}
BLOBS = {"dataset": "blobs", "n_classes": 4}
DEAD_AT_ZERO = "ReLU(0) = 0: every unit of an all-zero net is inactive on every sample"
STILL_FALLING = "true as well: the loss is still falling when the few epochs run out"
CREEPING = "true as well: the loss still creeps down while the accuracy stays flat"

CASES: tuple[Case, ...] = (
    # ---------------------------------------------------------------- learning rate
    Case("lr_far_too_high", "SGD + momentum 0.9 at LR 5 on moons",
         {"data": MOONS, "model": {"hidden": [32, 32]},
          "optim": {"name": "sgd", "lr": 5.0, "momentum": 0.9}, "train": {"batch_size": 16}},
         expect=("divergence", "update_ratio_high", "exploding_gradients"), verdict="failed"),
    Case("lr_far_too_high_tanh", "tanh MLP, plain SGD at LR 5 on digits",
         {"model": {"activation": "tanh"}, "optim": {"name": "sgd", "lr": 5.0}},
         expect=("divergence", "update_ratio_high"), verdict="failed"),
    Case("lr_too_high_regression_nan", "SGD at LR 3 on sine regression, stop on NaN only",
         {"data": {"dataset": "sine"}, "model": {"hidden": [32, 32]},
          "optim": {"name": "sgd", "lr": 3.0}, "diagnose": {"stop_on": ["nan_loss"]}},
         expect=("nan_loss", "divergence"),
         allow=("update_ratio_high", "exploding_gradients"),
         why_allowed="the blow-up's mechanism, readable from its 3 finite steps since the "
         "short-run rules: updates 44-132x the weights at step 2, gradients 0.16 -> 1.8e8",
         verdict="failed"),
    Case("lr_far_too_low_sgd", "plain SGD at LR 1e-5 on moons",
         {"data": MOONS, "optim": {"name": "sgd", "lr": 1e-5}, "train": {"batch_size": 32}},
         expect=("not_training", "update_ratio_low"), verdict="training_problem"),
    Case("lr_far_too_low_adam", "Adam at LR 1e-6 on 4 blobs",
         {"data": BLOBS, "optim": {"name": "adam", "lr": 1e-6}},
         expect=("not_training", "update_ratio_low"), verdict="training_problem"),
    # ---------------------------------------------------------------- initialisation
    Case("zero_init_relu", "all weights zero, ReLU MLP on moons",
         {"data": MOONS, "model": {"hidden": [32, 32], "init": "zeros"}},
         expect=("not_training",), allow=("dead_relu",), why_allowed=DEAD_AT_ZERO,
         verdict="training_problem"),
    Case("zero_init_tanh", "all weights zero, tanh MLP on 4 blobs",
         {"data": BLOBS, "model": {"activation": "tanh", "init": "zeros"}},
         expect=("not_training",), verdict="training_problem"),
    Case("huge_init", "N(0, 1) init of a 3x64 ReLU MLP, SGD + momentum (the init lab's "
         "normal_large)",
         {"model": {"hidden": [64, 64, 64], "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 0.05, "momentum": 0.9}, "train": {"batch_size": 32}},
         expect=("dead_relu",), allow=("slow_start", "divergence", "exploding_gradients"),
         why_allowed="the first steps put the loss 1,000 to 100,000x above chance (with some "
         "seeds it climbs further before the units die: a real blow-up) and it sits there for a "
         "few steps before it falls: a bad-initialisation plateau, whose advice is the fix; the "
         "initial weights blow the signal up before any update (seed 0: loss 2,431 at step 1, "
         "every layer's first gradient norm 775 in the median), the lectures' exploding "
         "initialisation",
         verdict="failed"),
    Case("slow_start_small_init", "3x16 sigmoid MLP with N(0, 0.01) init on moons",
         {"data": MOONS, "model": {"hidden": [16, 16, 16], "activation": "sigmoid",
                                   "init": "normal", "init_std": 0.01},
          "optim": {"lr": 0.01}, "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start",), allow=("not_converged", "saturated_activation", "underfitting"),
         why_allowed=STILL_FALLING + "; after its late start 46% of the last sigmoid layer's "
         "units end at their limits while the accuracy is still mediocre (validation 0.867 "
         "against the baseline's 0.983, flat over the last quarter of the epochs)",
         verdict="training_problem"),
    # ---------------------------------------------------------------- depth and activations
    Case("deep_sigmoid_sgd", "8 sigmoid layers, plain SGD, on digits",
         {"model": {"hidden": [32] * 8, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01}},
         expect=("vanishing_gradients", "not_training"), verdict="training_problem"),
    Case("deep_sigmoid_adam", "8 sigmoid layers, Adam, on breast cancer",
         {"data": {"dataset": "breast_cancer"}, "model": {"hidden": [32] * 8,
                                                          "activation": "sigmoid"}},
         expect=("vanishing_gradients", "not_training"), verdict="training_problem"),
    Case("deep_tanh", "20 tanh layers, plain SGD, on digits",
         {"model": {"hidden": [32] * 20, "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 0.01}, "train": {"epochs": 3}},
         expect=("vanishing_gradients", "not_training"), verdict="training_problem"),
    Case("dead_relu_high_lr", "ReLU MLP, plain SGD at LR 5 on digits",
         {"optim": {"name": "sgd", "lr": 5.0}},
         expect=("dead_relu",), verdict="failed"),
    # ---------------------------------------------------------------- data
    Case("unshuffled_digits", "digits sorted by label, never shuffled",
         {"data": {"dataset": "digits", "order": "by_label", "shuffle": False},
          "train": {"batch_size": 32}},
         expect=("unshuffled_data",), allow=("not_converged",), why_allowed=STILL_FALLING,
         verdict="training_problem"),
    Case("unshuffled_blobs", "4 blobs sorted by label, never shuffled",
         {"data": {**BLOBS, "order": "by_label", "shuffle": False},
          "train": {"batch_size": 16}},
         expect=("unshuffled_data",), allow=("not_converged",), why_allowed=STILL_FALLING,
         verdict="training_problem"),
    Case("noisy_batch1", "batch size 1 at SGD LR 0.5 on moons",
         {"data": {"dataset": "moons", "n_samples": 300, "noise": 0.3},
          "model": {"hidden": [16]}, "optim": {"name": "sgd", "lr": 0.5},
          "train": {"epochs": 2, "batch_size": 1}},
         expect=("noisy_loss",), verdict="training_problem"),
    # ---------------------------------------------------------------- fit
    Case("overfit_breast_cancer", "40 samples, 2x256 MLP, no regularisation, 25 epochs",
         {"data": {"dataset": "breast_cancer", "subset": 40}, "model": {"hidden": [256, 256]},
          "optim": {"lr": 0.01}, "train": {"epochs": 25, "batch_size": 8}},
         expect=("overfitting",), verdict="generalisation_problem"),
    Case("overfit_moons", "30 noisy moons, 2x256 MLP, no regularisation, 30 epochs",
         {"data": {"dataset": "moons", "subset": 30, "noise": 0.3},
          "model": {"hidden": [256, 256]}, "optim": {"lr": 0.01},
          "train": {"epochs": 30, "batch_size": 8}},
         expect=("overfitting",), verdict="generalisation_problem"),
    Case("underfit_one_unit", "one hidden unit for 10 classes",
         {"model": {"hidden": [1], "activation": "tanh"}, "optim": {"lr": 0.03},
          "train": {"epochs": 8}},
         expect=("underfitting",), allow=("not_converged",), why_allowed=CREEPING,
         verdict="training_problem"),
    Case("underfit_two_units", "two hidden units for 10 classes",
         {"model": {"hidden": [2], "activation": "tanh"}, "optim": {"lr": 0.03},
          "train": {"epochs": 8}},
         expect=("underfitting",), allow=("not_converged",), why_allowed=CREEPING,
         verdict="training_problem"),
    Case("not_converged_few_epochs", "a sound digits MLP stopped after 3 epochs",
         {"train": {"epochs": 3}},
         expect=("not_converged",), verdict="training_problem"),
    Case("not_converged_slow_sgd", "plain SGD at LR 0.05 for 5 epochs on moons",
         {"data": MOONS, "optim": {"name": "sgd", "lr": 0.05}, "train": {"batch_size": 32}},
         expect=("not_converged",), verdict="training_problem"),
    # ---------------------------------------------------------------- healthy
    Case("healthy_digits_mlp", "", {"optim": {"lr": 3e-3}, "train": {"epochs": 8}},
         verdict="healthy"),
    Case("healthy_digits_cnn", "",
         {"model": {"kind": "cnn", "conv": [{"channels": 8}, {"channels": 16}],
                    "hidden": [32]},
          "optim": {"lr": 0.01}, "train": {"epochs": 6}}, verdict="healthy"),
    Case("healthy_moons", "",
         {"data": MOONS, "model": {"hidden": [32, 32]}, "optim": {"lr": 0.01},
          "train": {"epochs": 25, "batch_size": 32}}, verdict="healthy"),
    Case("healthy_breast_cancer", "",
         {"data": {"dataset": "breast_cancer"}, "optim": {"lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 32}}, verdict="healthy"),
    Case("healthy_sine_regression", "",
         {"data": {"dataset": "sine"}, "model": {"hidden": [32, 32]}, "optim": {"lr": 0.01},
          "train": {"epochs": 20, "batch_size": 32}}, verdict="healthy"),
    Case("healthy_blobs_sgd_momentum", "",
         {"data": BLOBS, "model": {"hidden": [16]},
          "optim": {"name": "sgd", "lr": 0.05, "momentum": 0.9},
          "train": {"epochs": 10, "batch_size": 32}}, verdict="healthy"),
)


# The findings added after this bank was tuned (at_chance, predictions_collapsed,
# saturated_activation, generalisation_gap) name what these runs end in, read from their own
# metrics (final accuracy vs 1/K, the confusion matrix's shares, saturated/*, the train-val
# accuracy gap): true effects of each fault, allowed, never required here.
_ENDS_AT_CHANCE = ("at_chance", "predictions_collapsed")
_LATER_EFFECTS: dict[str, tuple[tuple[str, ...], str]] = {
    **{name: (_ENDS_AT_CHANCE, "the run ends at chance, predicting mostly one class")
       for name in ("lr_far_too_high", "lr_far_too_low_adam", "zero_init_relu",
                    "zero_init_tanh", "deep_sigmoid_sgd", "deep_tanh")},
    # after heldout110: a blow-up's dead units count from 45% (BLOWN_DEAD_SHARE); 59% of this
    # run's second layer is dead after its loss went past 1e3
    "lr_far_too_high": (("dead_relu", *_ENDS_AT_CHANCE), "the run ends at chance, predicting "
                        "mostly one class, with 59% of a layer's ReLUs dead after the blow-up"),
    "lr_far_too_high_tanh": (("saturated_activation", *_ENDS_AT_CHANCE),
                             "LR 5 drives the tanh units to their limits"),
    "underfit_one_unit": (("saturated_activation", *_ENDS_AT_CHANCE),
                          "one tanh/sigmoid unit carrying 10 classes sits at its limits and "
                          "the model stays near chance"),
    "underfit_two_units": (("saturated_activation",),
                           "two units carrying 10 classes sit at their limits"),
    "overfit_moons": (("generalisation_gap",), "training accuracy ~1 vs a much lower "
                      "validation accuracy: the gap is the overfitting"),
    "overfit_breast_cancer": (("generalisation_gap",), "the same gap"),
    # after the first held-out measurement (at chance also from a cross-entropy that never
    # left ln K, a loss spike that leaves the net at its start, first updates larger than the
    # weights): again read from the runs' own metrics
    "lr_far_too_low_sgd": (("at_chance",), "the loss stays at ln 2: no better than guessing"),
    "deep_sigmoid_adam": (("at_chance", "predictions_collapsed"),
                          "the loss stays at the class prior's: no better than guessing"),
    "huge_init": (("update_ratio_high", *_ENDS_AT_CHANCE), "the run ends at chance, "
                  "predicting mostly one class; the first updates of the blow-up exceed the "
                  "weights themselves"),
    "dead_relu_high_lr": (("divergence", "update_ratio_high", *_ENDS_AT_CHANCE),
                          "the loss spikes 30x above its start, then sits at chance predicting "
                          "mostly one class: the blow-up is the cause the verdict 'failed' "
                          "names"),
}
for _name, (_codes, _why) in _LATER_EFFECTS.items():
    CASES = allowing(CASES, (_name,), _codes, _why)
# after heldout355: the poor fit after a blow-up, allowed (see POOR_AFTER_A_BLOW_UP)
CASES = allowing(CASES, ("lr_far_too_high_tanh", "huge_init", "dead_relu_high_lr"),
                 ("underfitting",), POOR_AFTER_A_BLOW_UP)
# 2026-12-07, after heldout383: a net at chance on its own training data beside vanishing
# gradients is a poor fit with its mechanism named (``STUCK_BY``), as the writers of heldout68,
# 154, 260 and 346 labelled their deep sigmoid nets and those of heldout370, 375, 377 and 383
# their width-2 transformers; allowed here, as for the saturated and blown-up runs above
CASES = allowing(CASES, ("deep_sigmoid_sgd", "deep_sigmoid_adam", "deep_tanh"),
                 ("underfitting",), "at chance on its own training data as well: a poor fit, "
                 "its mechanism the vanishing gradients")
