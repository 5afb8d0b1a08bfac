#!/usr/bin/env bash
# Runs once, when the postgres volume is first created: one database for MLflow, one for Optuna.
set -euo pipefail
for db in "${MLFLOW_DB:-mlflow}" "${OPTUNA_DB:-optuna}"; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -c "CREATE DATABASE \"$db\" OWNER \"$POSTGRES_USER\";"
done
