"""Which parameterised layers meet the model's input and which give its output.

The gradient checks compare the first layer's gradient with the last one's, and "first" and
"last" in the order the layers were registered is only right for a chain. A model with parallel
heads (a mixture of experts' heads and its gate, a multi-task model's heads, a Wide & Deep
model's wide path beside the deep one's last layer) has several layers at its output, and the
last registered is one of them: a head the gate turned off gets almost no gradient, which read
as an explosion from the trunk (measured: heldout344's healthy mixture-of-heads MLP, trunk
gradient 0.41 against 0.0048 at its last head, 86x, while the heads together had 0.30). A model
that registers its head before its body has its first and last the wrong way round.

:func:`model_ends` reads both ends from a :mod:`torch.fx` trace of the model, every layer that
:func:`~dnnlab.tracking._probes.weight_layers` lists held as one node; the run logs them as the
params ``model.input_layers`` and ``model.output_layers`` where they differ from the first and
the last registered layer; the diagnosis then reads the output layers together and the first
registered input layer as the first (``dnnlab.diagnose._rules_internals._layer_ends``).
"""

from __future__ import annotations

import contextlib
import io
import warnings

import torch
from torch import fx, nn

from dnnlab.tracking._probes import weight_layers

# what takes only the shape, type or device of a tensor: a recurrent state started as
# x.new_zeros(batch, hidden) carries none of the input to the layers it reaches
_SHAPE_METHODS = {"new_zeros", "new_ones", "new_full", "new_empty", "size", "dim", "type"}
_SHAPE_FUNCTIONS = {torch.zeros_like, torch.ones_like, torch.full_like, torch.empty_like,
                    torch.rand_like, torch.randn_like, torch.randint_like, getattr, len}


def _shape_only(node: fx.Node) -> bool:
    return (node.op == "call_method" and node.target in _SHAPE_METHODS) or (
        node.op == "call_function" and node.target in _SHAPE_FUNCTIONS)


def model_ends(model: nn.Module, layers: dict[str, nn.Module] | None = None
               ) -> tuple[list[str], list[str]] | None:
    """(input layers, output layers) of ``model``, each in the order of
    :func:`~dnnlab.tracking._probes.weight_layers`: a layer is an input layer when a path from
    the model's inputs reaches it through no other layer and it lies below no other such layer,
    an output layer when a path from it reaches the model's output through no other layer and it
    lies above no other such layer. None when fx cannot trace the model
    (data-dependent control flow, such as a loop over the sequence's length) or it has fewer
    than two layers or a weight of its own (see :func:`~dnnlab.tracking._probes.weight_layers`).
    ``layers`` is that function's result where the caller has it already.

    >>> class Heads(nn.Module):
    ...     def __init__(self):
    ...         super().__init__()
    ...         self.trunk = nn.Linear(4, 8)
    ...         self.a, self.b = nn.Linear(8, 2), nn.Linear(8, 2)
    ...     def forward(self, x):
    ...         h = torch.relu(self.trunk(x))
    ...         return self.a(h) + self.b(h)
    >>> model_ends(Heads())
    (['trunk'], ['a', 'b'])
    """
    layers = weight_layers(model) if layers is None else layers
    if len(layers) < 2 or model in layers.values():
        # a root weight of its own (a cosine classifier's class weights) meets the body's
        # features in a product, where both sides reach the output: weight_layers lists it last
        return None
    name_of = {id(m): n for n, m in layers.items()}
    # the modules that hold a layer (torch.nn's own among them: a TransformerEncoderLayer, a
    # MultiheadAttention) are traced into, so that every layer can show as a node
    above = {".".join(parts[:i]) for k in layers if (parts := k.split("."))
             for i in range(1, len(parts))}
    holders = {id(m) for n, m in model.named_modules() if n in above and id(m) not in name_of}

    class _Tracer(fx.Tracer):
        # each layer is one node, whatever it computes inside (a hand-written layer's weight
        # used by a functional call would otherwise show as a parameter read)
        def is_leaf_module(self, m: nn.Module, qualname: str) -> bool:
            if id(m) in name_of and m is not model:
                return True
            return id(m) not in holders and super().is_leaf_module(m, qualname)

    try:
        # a forward that prints or warns would do so on the tracer's proxies at the run's start
        with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            graph = _Tracer().trace(model)
    except Exception:  # any model fx cannot trace: the ends are not known, read as before
        return None
    layer_of: dict[fx.Node, str] = {}
    for node in graph.nodes:
        if node.op == "call_module":
            name = name_of.get(id(model.get_submodule(str(node.target))))
            if name is not None:
                layer_of[node] = name
    if set(layer_of.values()) != set(layers):
        return None  # a layer the trace did not see: its place in the graph is not known
    from_input: dict[fx.Node, bool] = {}
    for node in graph.nodes:  # topological order
        from_input[node] = node.op == "placeholder" or (not _shape_only(node) and any(
            from_input.get(a, False) for a in node.all_input_nodes if a not in layer_of))
    to_output: dict[fx.Node, bool] = {}
    for node in reversed(graph.nodes):
        to_output[node] = node.op == "output" or any(
            to_output.get(u, False) for u in node.users if u not in layer_of)
    inputs = {layer_of[n] for n in layer_of
              if any(from_input.get(a, False) for a in n.all_input_nodes if a not in layer_of)}
    outputs = {layer_of[n] for n in layer_of
               if any(to_output.get(u, False) for u in n.users if u not in layer_of)}
    if not inputs or not outputs:
        return None
    reach = _reach(graph, layer_of)
    # of the layers the input reaches directly, those below no other one (a dense MLP's later
    # layers take the input too, a recurrent cell's state weights take what its input weights
    # gave); of those that reach the output directly, those above no other one (a PonderNet's
    # embedding reaches its halting unit and its head)
    inputs = {a for a in inputs if not any(a in reach[b] for b in inputs if b != a)} or inputs
    outputs = {a for a in outputs if not any(b in reach[a] for b in outputs if b != a)} or outputs
    return [n for n in layers if n in inputs], [n for n in layers if n in outputs]


def _reach(graph: fx.Graph, layer_of: dict[fx.Node, str]) -> dict[str, set[str]]:
    """Each layer's set of the layers that its output reaches, through anything."""
    below: dict[fx.Node, set[str]] = {}
    for node in reversed(graph.nodes):
        below[node] = set().union(*(below[u] | ({layer_of[u]} if u in layer_of else set())
                                    for u in node.users))
    reach: dict[str, set[str]] = {}
    for node, name in layer_of.items():
        reach.setdefault(name, set()).update(below[node])
    return reach
