"""Integrations with other training frameworks, each in its own module and imported on demand
(so ``import dnnlab`` never pulls in a framework)::

    from dnnlab.integrations.lightning import DnnlabCallback   # pip install "dnnlab[lightning]"
"""
