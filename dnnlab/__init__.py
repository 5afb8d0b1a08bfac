"""dnnlab: train, track and diagnose PyTorch models with MLflow and Optuna."""

from __future__ import annotations

__version__ = "0.1.0"
