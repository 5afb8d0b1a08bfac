"""The Streamlit dashboard (``dnnlab dashboard`` or ``streamlit run dashboards/app.py``)."""
