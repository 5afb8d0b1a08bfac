"""The Docker deployment, validated without a Docker engine: compose file, Dockerfile, .env."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from tests.conftest import ROOT

DOCKER = ROOT / "docker"


def compose() -> dict:
    return yaml.safe_load((DOCKER / "compose.yaml").read_text())


def dockerfile_stages() -> dict[str, list[str]]:
    stages: dict[str, list[str]] = {}
    current = None
    for line in (DOCKER / "Dockerfile").read_text().splitlines():
        m = re.match(r"FROM\s+\S+\s+AS\s+(\S+)", line, re.I)
        if m:
            current = m.group(1)
            stages[current] = []
        elif current:
            stages[current].append(line)
    return stages


def test_services_and_health_checks():
    services = compose()["services"]
    assert {"postgres", "minio", "mlflow", "dashboard", "worker"} <= set(services)
    for name in ("postgres", "minio", "mlflow", "dashboard"):
        test = services[name]["healthcheck"]["test"]
        assert test and test[0] in ("CMD", "CMD-SHELL"), name
    # the server waits for healthy dependencies and a created bucket
    deps = services["mlflow"]["depends_on"]
    assert deps["postgres"]["condition"] == "service_healthy"
    assert deps["minio-init"]["condition"] == "service_completed_successfully"
    assert "mc mb" in " ".join(services["minio-init"]["entrypoint"])


def test_named_volumes_and_scalable_worker():
    doc = compose()
    assert {"pgdata", "miniodata"} <= set(doc["volumes"])
    assert "pgdata:/var/lib/postgresql/data" in doc["services"]["postgres"]["volumes"]
    worker = doc["services"]["worker"]
    # --scale worker=N needs no fixed name and no published port
    assert "container_name" not in worker and "ports" not in worker
    assert "dnnlab study" in " ".join(worker["command"])
    assert "DNNLAB_STORAGE" in worker["environment"]


def test_images_build_from_existing_dockerfile_stages_and_files():
    stages = dockerfile_stages()
    assert {"base", "deps", "dnnlab"} <= set(stages)
    for name, svc in compose()["services"].items():
        if "build" not in svc:
            continue
        build = svc["build"]
        assert (DOCKER / build["context"] / build["dockerfile"]).resolve() == (
            DOCKER / "Dockerfile").resolve(), name
        assert build["target"] in stages, name
    text = (DOCKER / "Dockerfile").read_text()
    for src in re.findall(r"^COPY\s+(?:--\S+\s+)*(.+?)\s+\S+$", text, re.M):
        for path in src.split():
            assert (ROOT / path).exists(), f"Dockerfile copies missing {path}"
    assert "ARG BASE_IMAGE=python:3.11-slim" in text  # CPU by default, CUDA by build arg
    assert "TORCH_INDEX_URL" in text


def test_secrets_come_from_env_and_the_example_lists_them_all():
    raw = (DOCKER / "compose.yaml").read_text()
    example = dict(
        line.split("=", 1) for line in (DOCKER / ".env.example").read_text().splitlines()
        if line and not line.startswith("#"))
    used = set(re.findall(r"(?<!\$)\$\{([A-Z_]+)", raw))  # $${X} is the container's own
    assert used <= set(example), used - set(example)
    for key, value in example.items():
        if any(w in key for w in ("PASSWORD", "SECRET")):
            assert value not in raw, f"{key} is hard-coded in compose.yaml"
    for name in ("postgres", "mlflow"):
        env = compose()["services"][name]["environment"]
        for key, value in env.items():
            if "PASSWORD" in key or "SECRET" in key:
                assert str(value).startswith("${"), (name, key)
    assert "docker/.env" in (ROOT / ".gitignore").read_text()


def test_mlflow_entrypoint_uses_postgres_s3_and_basic_auth():
    script = (DOCKER / "mlflow" / "entrypoint.sh").read_text()
    assert "--backend-store-uri \"postgresql://" in script
    assert "--artifacts-destination \"s3://" in script
    assert "--app-name basic-auth" in script
    env = compose()["services"]["mlflow"]["environment"]
    assert env["MLFLOW_S3_ENDPOINT_URL"] == "http://minio:9000"
    assert Path(DOCKER / "postgres" / "init-databases.sh").exists()


def test_the_dashboard_asks_every_user_to_log_in_and_has_no_credentials_of_its_own():
    env = compose()["services"]["dashboard"]["environment"]
    assert env["DNNLAB_DASHBOARD_AUTH"] == "1"
    assert env["MLFLOW_TRACKING_URI"].startswith("http://")
    assert not {"MLFLOW_TRACKING_USERNAME", "MLFLOW_TRACKING_PASSWORD"} & set(env)
