"""What ``dnnlab train FILE`` does around the training loop: prepare data, model and loss from
the config (no MLflow I/O), run the loop as a tracked run, write the end-of-run report, and
group children (variants, seed repeats, k-fold) under a parent run with a comparison report."""

from __future__ import annotations

from dnnlab.experiment._compare import (
    Comparison,
    SeedResult,
    VariantResult,
    build_comparison,
    differing_params,
    legend_labels,
)
from dnnlab.experiment._prepare import (
    Prepared,
    apply_init_weights,
    load_init_weights,
    monitor_of,
    prepare,
    resolve_device,
    run_params,
    run_tags,
    seed_everything,
)
from dnnlab.experiment._register import register_checkpoint_model
from dnnlab.experiment._run import RunResult, make_client, run_experiment

__all__ = [
    "Comparison",
    "Prepared",
    "RunResult",
    "SeedResult",
    "VariantResult",
    "apply_init_weights",
    "build_comparison",
    "differing_params",
    "legend_labels",
    "load_init_weights",
    "make_client",
    "monitor_of",
    "prepare",
    "register_checkpoint_model",
    "resolve_device",
    "run_experiment",
    "run_params",
    "run_tags",
    "seed_everything",
]
