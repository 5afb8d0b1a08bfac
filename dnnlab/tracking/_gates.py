"""Which sigmoid modules of a model are gates: their output only ever multiplies another tensor.

Squeeze-and-excitation and attention gates, a soft decision tree's routing, GLU and highway
gates and hand-written LSTM-style cells all multiply a tensor by a sigmoid. A gate saturated at
0 or 1 is a hard routing decision, which such models learn by design (measured: healthy CNNs
whose CBAM spatial gates sat 71-92% saturated at validation accuracy 0.90-0.95; soft decision
trees routing 59-60% saturated), not a unit of the signal path stuck where it passes no
gradient. The diagnosis reads the list (the run param ``model.gates``) to judge the two apart.
"""

from __future__ import annotations

import operator

import torch
from torch import nn

# what passes a gate's values on unchanged in kind: indexing, reshaping, its complement 1 - g and
# its shift 1 + g (a residual attention mask scales a block by 1 + g)
_VIEW_FUNCTIONS = {operator.getitem, torch.flatten, torch.unsqueeze, torch.reshape,
                   torch.squeeze, torch.transpose, torch.permute, torch.chunk, torch.split}
_VIEW_METHODS = {"view", "view_as", "reshape", "unsqueeze", "squeeze", "expand", "expand_as",
                 "flatten", "permute", "transpose", "contiguous", "repeat", "chunk", "split"}
_MUL_FUNCTIONS = {operator.mul, operator.imul, torch.mul}
_MUL_METHODS = {"mul", "mul_"}
_DEPTH = 6  # view, complement or shift nodes followed from a gate to its product


def gating_sigmoids(model: nn.Module) -> list[str]:
    """The dotted names of the ``nn.Sigmoid`` modules whose output (indexed, reshaped, or as
    1 - g or 1 + g) only ever multiplies another tensor, found from a
    :func:`torch.fx.symbolic_trace` of the model; empty when it has none or fx cannot trace it
    (data-dependent control flow)."""
    sigmoids = {n for n, m in model.named_modules() if n and isinstance(m, nn.Sigmoid)}
    if not sigmoids:
        return []
    try:
        graph = torch.fx.symbolic_trace(model).graph
    except Exception:  # any model fx cannot trace: no gates known, saturation judged as before
        return []
    return sorted({str(node.target) for node in graph.nodes
                   if node.op == "call_module" and node.target in sigmoids
                   and _reaches_product(node, _DEPTH)})


def _reaches_product(node: torch.fx.Node, depth: int) -> bool:
    """Every use of ``node`` is a product, directly or through views, complements and shifts: a
    gate only multiplies. A sigmoid of the signal path feeds the next layer as well, even where a
    gate then multiplies it (CBAM: h feeds the spatial convolution and h * gate)."""
    if not node.users:
        return False
    for user in node.users:
        if _calls(user, _MUL_FUNCTIONS, _MUL_METHODS):
            continue
        if depth and (_calls(user, _VIEW_FUNCTIONS, _VIEW_METHODS) or _complement(user, node)
                      or _shift(user, node)) and _reaches_product(user, depth - 1):
            continue
        return False
    return True


def _calls(node: torch.fx.Node, functions: set, methods: set[str]) -> bool:
    return (node.op == "call_function" and node.target in functions) or (
        node.op == "call_method" and node.target in methods)


def _complement(node: torch.fx.Node, gate: torch.fx.Node) -> bool:
    """``c - g`` for a number ``c`` (a soft tree's right branch: 1 - p)."""
    return (node.op == "call_function" and node.target in (operator.sub, torch.sub, torch.rsub)
            and len(node.args) == 2 and isinstance(node.args[0], int | float)
            and node.args[1] is gate)


def _shift(node: torch.fx.Node, gate: torch.fx.Node) -> bool:
    """``c + g`` or ``g + c`` for a number ``c`` (a residual attention mask: the block times
    1 + g). A sum with a tensor is the signal path, not a gate."""
    if node.op != "call_function" or node.target not in (operator.add, torch.add) \
            or len(node.args) != 2 or node.kwargs:
        return False
    a, b = node.args
    return (a is gate and isinstance(b, int | float)) or (b is gate and isinstance(a, int | float))
