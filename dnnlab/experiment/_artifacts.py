"""The end-of-run report of a ``dnnlab train`` run beyond what every tracked run logs: test
metrics, the resolved config, the standardiser, the split the confusion matrix is drawn from
and the model's source file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dnnlab.keys import TEST_LOSS
from dnnlab.tracking import TrackedRun

if TYPE_CHECKING:
    from dnnlab.experiment._prepare import Prepared
    from dnnlab.train import Trainer


def log_final_artifacts(p: Prepared, run: TrackedRun, trainer: Trainer) -> dict[str, float]:
    """Test metrics (returned), ``config.yaml``, ``standardizer.json``; the test split (else
    validation) becomes the run's evaluation for the confusion matrix and ROC curves."""
    cfg, data = p.cfg, p.data
    out: dict[str, float] = {}
    res = None
    if data.test is not None:
        res = trainer.evaluate(data.test)
        out[TEST_LOSS] = res.loss
        out.update({f"test/{k}": v for k, v in res.metrics.items()})
        run.log_metrics(out, trainer.epoch)
    run.client.log_text(run.run_id, cfg.to_yaml(), "config.yaml")
    if data.standardizer is not None:
        run.client.log_dict(run.run_id, data.standardizer, "standardizer.json")
    split_name, split = ("test", data.test) if data.test is not None else ("val", data.val)
    if split is not None and data.task == "classification":
        if res is None or split is not data.test:  # the test pass above serves both
            res = trainer.evaluate(split)
        run.evaluation(res.y_true, res.output, split_name)
    log_factory_sources(p, run)
    return out


def log_factory_sources(p: Prepared, run: TrackedRun) -> None:
    """The source file of a path-given ``model.factory`` / ``data.factory`` as an artifact
    (``code/<file>``), so the run says what code it trained."""
    try:
        from dnnlab.factories import factory_source_file
    except ImportError:  # pragma: no cover - the factories module ships with dnnlab
        return
    for spec in (getattr(p.cfg.model, "factory", None), getattr(p.cfg.data, "factory", None)):
        if not spec:
            continue
        path = factory_source_file(spec)
        if path is not None and path.is_file():
            run.client.log_artifact(run.run_id, str(path), "code")
