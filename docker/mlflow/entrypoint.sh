#!/usr/bin/env sh
# Starts `mlflow server` with PostgreSQL as backend store, S3 (MinIO) artifacts and basic auth.
# Every secret comes from the environment (.env); nothing is hard-coded here.
set -eu
: "${POSTGRES_USER:?}" "${POSTGRES_PASSWORD:?}" "${POSTGRES_HOST:=postgres}" \
  "${MLFLOW_DB:=mlflow}" "${MLFLOW_BUCKET:?}" "${MLFLOW_ADMIN_USER:?}" "${MLFLOW_ADMIN_PASSWORD:?}"
AUTH_DIR="${HOME}/.mlflow-auth"
mkdir -p "$AUTH_DIR"
cat > "$AUTH_DIR/basic_auth.ini" <<INI
[mlflow]
default_permission = READ
database_uri = postgresql://${POSTGRES_USER}:${POSTGRES_PASSWORD}@${POSTGRES_HOST}:5432/${MLFLOW_DB}
admin_username = ${MLFLOW_ADMIN_USER}
admin_password = ${MLFLOW_ADMIN_PASSWORD}
authorization_function = mlflow.server.auth:authenticate_request_basic_auth
INI
export MLFLOW_AUTH_CONFIG_PATH="$AUTH_DIR/basic_auth.ini"
exec mlflow server \
  --backend-store-uri "postgresql://${POSTGRES_USER}:${POSTGRES_PASSWORD}@${POSTGRES_HOST}:5432/${MLFLOW_DB}" \
  --artifacts-destination "s3://${MLFLOW_BUCKET}" \
  --serve-artifacts \
  --app-name basic-auth \
  --host 0.0.0.0 --port 5000 \
  --workers "${MLFLOW_WORKERS:-2}"
