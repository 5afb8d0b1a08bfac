"""dnnlab's dashboard: ``streamlit run dashboards/app.py [-- --tracking-uri URI --storage URL]``.

Pages: Runs, Run, Compare, Study, Inspect model (one module each under ``views/``). The stores
come from ``--tracking-uri``/``$MLFLOW_TRACKING_URI`` (default ``sqlite:///mlflow.db``) and
``--storage``/``$DNNLAB_STORAGE`` (default: the Optuna files next to the MLflow database).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import streamlit as st  # noqa: E402

from dashboards import common  # noqa: E402
from dnnlab.tracking import redact  # noqa: E402

st.set_page_config(page_title="dnnlab", page_icon=":material/insights:", layout="wide")

pages = [
    st.Page(common.RUNS_PAGE, title="Runs", icon=":material/table_rows:", url_path="runs",
            default=True),
    st.Page(common.RUN_PAGE, title="Run", icon=":material/show_chart:", url_path="run"),
    st.Page(common.COMPARE_PAGE, title="Compare", icon=":material/compare_arrows:",
            url_path="compare"),
    st.Page(common.STUDY_PAGE, title="Study", icon=":material/tune:", url_path="study"),
    st.Page(common.INSPECT_PAGE, title="Inspect model", icon=":material/visibility:",
            url_path="inspect"),
]
common.require_login()  # with login on, nothing but the form until the server accepts it
page = st.navigation(pages)

with st.sidebar:
    st.caption(f"Tracking store: `{redact(common.tracking_uri())}`")
    storages = common.optuna_storages(common.tracking_uri())
    if storages:
        st.caption("Optuna storage: " + ", ".join(f"`{redact(s)}`" for s in storages))
    if st.button("Refresh data", help="Clear the cached runs, curves and artifacts"):
        st.cache_data.clear()
    address = st.get_option("server.address")
    if address in ("0.0.0.0", "::") and not common.auth_required():
        st.warning(f"The dashboard listens on all interfaces ({address}); anyone on the "
                   "network can read your runs.")

page.run()
common.freeze_imports()
