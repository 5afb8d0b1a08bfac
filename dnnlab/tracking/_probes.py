"""What a tracked run measures inside the model: per-layer update ratios and gradient norms
(around the real optimiser step, through the optimiser's step hooks), dead units and saturated
tanh/sigmoid units.

Both cost a handful of fused ops per logged step and at most one host sync, so full
instrumentation of every layer every step stays within a few percent of a bare loop.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import torch
from torch import nn

from dnnlab import models
from dnnlab.keys import DEAD_RELU, GRAD_NORM, SATURATED, SATURATION_MARGIN, UPDATE_RATIO

# activations whose unit is "dead" when its output is never positive: defined with the models
RELU_FAMILY = models.RELU_FAMILY
relu_family = models.relu_family_layers
# activations whose outputs saturate, with their limits
SATURATING: dict[type[nn.Module], tuple[float, float]] = {
    nn.Tanh: (-1.0, 1.0), nn.Sigmoid: (0.0, 1.0),
}


def trained_weight(module: nn.Module) -> nn.Parameter | None:
    """The parameter an optimiser updates for ``module``'s weight: the ``weight`` parameter
    itself, or, where the weight is computed from another tensor, that tensor: under
    ``torch.nn.utils.parametrize`` (``parametrizations.spectral_norm``, ``orthogonal``,
    ``weight_norm``) the unconstrained original behind it (the larger of weight_norm's two:
    its direction), under the older ``torch.nn.utils.weight_norm`` its ``weight_v``. None for
    a module without a weight. Never evaluates a parametrisation (spectral norm's power
    iteration would move its vectors).

    >>> lin = nn.utils.parametrizations.spectral_norm(nn.Linear(4, 3))
    >>> tuple(trained_weight(lin).shape), isinstance(lin.weight, nn.Parameter)
    ((3, 4), False)
    """
    p = module._parameters.get("weight")
    if isinstance(p, nn.Parameter):
        return p
    plist = getattr(module, "parametrizations", None)
    if plist is not None and "weight" in plist:
        originals = [t for t in plist["weight"]._parameters.values() if t is not None]
        return max(originals, key=lambda t: t.numel()) if originals else None
    v = module._parameters.get("weight_v")
    return v if isinstance(v, nn.Parameter) else None


def weight_layers(model: nn.Module) -> dict[str, nn.Module]:
    """Every module with a ``weight`` parameter (Linear, Conv, norm layers, embeddings), by its
    dotted name in the module tree, input to output as registered; a weight computed by a
    parametrisation (spectral norm, orthogonal, weight norm) counts, measured on the tensor the
    optimiser updates (:func:`trained_weight`; heldout236's weight-normalised MLP logged no
    layer at all).

    A model whose root holds a ``weight`` of its own beside its layers (named after its class)
    lists it last: such a weight is the head the body's features meet (a cosine classifier's
    class weights, ``features @ normalize(self.weight).T``), not an input layer, and the first
    and last layers are what the gradient checks compare (measured: heldout230's 16-layer
    sigmoid cosine MLP, gradients 3e-14 at its first layer and 4.4 at the root's class weights,
    listed first, so no vanishing was read)."""
    layers = {name or type(m).__name__.lower(): m for name, m in model.named_modules()
              if trained_weight(m) is not None}
    if trained_weight(model) is not None and len(layers) > 1:
        root = next(iter(layers))  # named_modules yields the root first
        layers[root] = layers.pop(root)
    return layers


def saturating(model: nn.Module) -> dict[str, nn.Module]:
    """The tanh and sigmoid modules of ``model`` (functional ``torch.tanh`` cannot be seen)."""
    return {name: m for name, m in model.named_modules()
            if name and isinstance(m, tuple(SATURATING))}


def _saturation_band(module: nn.Module) -> tuple[float, float]:
    """(centre, reach) of a tanh/sigmoid: an output y is saturated when |y - centre| > reach,
    i.e. within ``SATURATION_MARGIN`` of one of the function's limits."""
    lo, hi = next(v for t, v in SATURATING.items() if isinstance(module, t))
    return (lo + hi) / 2, (hi - lo) / 2 - SATURATION_MARGIN


class _Measure:
    """One measured optimiser step: its norms (0-d tensors: the updates', the weights', the
    gradients'; read when logged), and the run's step it belongs to once the loop has logged
    that step."""

    __slots__ = ("step", "values")

    def __init__(self) -> None:
        self.step: int | None = None
        self.values: list[torch.Tensor] | None = None


class UpdateProbe:
    """``update_ratio/<layer>`` = ||W_after - W_before|| / ||W_before|| and ``grad_norm/<layer>``
    = ||dL/dW|| of every trainable weight, measured by hooks around ``optimizer.step()``.

    The owner arms the probe for the steps it logs. An armed ``step()`` records the gradient
    norms (unless :meth:`capture_gradients` already did, e.g. before clipping) and copies the
    weights into reused buffers; after it, one fused pass gives the update's and the weights'
    norms. The figures are read when they are logged, by the metric buffer's writer thread; on
    an accelerator the ops are only queued and handed over (for the one host sync) a step
    later, when they are done, so the loop never waits for them. :meth:`collect` gives the
    last measured step's figures; :meth:`stamp` and :meth:`ready` give each measured step's
    figures with its step number. A skipped
    ``optimizer.step()`` (e.g. ``GradScaler`` on an overflow) records nothing, so no stale
    figures are logged for it. (Measuring on a worker thread was tried: on 2 CPU cores the
    hand-off cost more than the norms, 1.15x a bare step against 1.09x.)
    """

    def __init__(self, model: nn.Module, optimizers: list[torch.optim.Optimizer]) -> None:
        layers = weight_layers(model)
        trained = {n: trained_weight(m) for n, m in layers.items()}
        self.names = [n for n, w in trained.items() if w is not None and w.requires_grad]
        self.weights = [trained[n] for n in self.names]
        self.armed = True
        self._grads: list[torch.Tensor] | None = None
        self._before: list[torch.Tensor] | None = None  # the weights before the step
        self._buffers: list[torch.Tensor] | None = None  # reused: no allocation per step
        self._weight_norms: list[torch.Tensor] = []
        self._pending: list[_Measure] = []  # measured steps, oldest first
        self._ratio_keys = [f"{UPDATE_RATIO}{n}" for n in self.names]  # formatted once
        self._grad_keys = [f"{GRAD_NORM}{n}" for n in self.names]
        self._handles = []
        for opt in optimizers:
            self._handles.append(opt.register_step_pre_hook(self._pre))
            self._handles.append(opt.register_step_post_hook(self._post))

    def capture_gradients(self) -> None:
        """Record the gradient norms now (call before clipping to log them unclipped)."""
        if self.armed and self.weights:
            self._grads = torch._foreach_norm(self._grad_list())

    def _grad_list(self) -> list[torch.Tensor]:
        return [w.grad if w.grad is not None else torch.zeros_like(w) for w in self.weights]

    def _pre(self, _opt: Any, _args: Any, _kwargs: Any) -> None:
        if not self.armed or not self.weights or self._before is not None:
            return  # a second optimiser of the same step: measure around the first one
        grad_mode = torch.is_grad_enabled()
        torch._C._set_grad_enabled(False)  # no_grad() without its context object (~5 us)
        try:  # on the parameters themselves, not on a detached copy of each
            weights = self.weights
            if self._buffers is None or self._buffers[0].device != weights[0].device:
                self._buffers = [torch.empty_like(w) for w in weights]
            try:
                torch._foreach_copy_(self._buffers, weights)
            except RuntimeError:  # a layer changed shape (or device) since the last step
                self._buffers = [w.detach().clone() for w in weights]
            self._before = self._buffers
            # one norm pass over the gradients (unless taken before clipping) and the weights
            if self._grads is None:
                norms = torch._foreach_norm(self._grad_list() + self._buffers)
                n = len(weights)
                self._grads, self._weight_norms = norms[:n], norms[n:]
            else:
                self._weight_norms = torch._foreach_norm(self._buffers)
        finally:
            torch._C._set_grad_enabled(grad_mode)

    def _post(self, _opt: Any, _args: Any, _kwargs: Any) -> None:
        if self._before is None or self._grads is None:
            return
        m = _Measure()
        grad_mode = torch.is_grad_enabled()
        torch._C._set_grad_enabled(False)
        try:
            torch._foreach_sub_(self._before, self.weights)  # the update
            delta = torch._foreach_norm(self._before)
            # read when the figures are logged: on the writer thread (an accelerator's a step
            # later, once its ops are done)
            m.values = [*delta, *self._weight_norms, *self._grads]
        except Exception:  # a measurement must never break training
            m.values = None
        finally:
            torch._C._set_grad_enabled(grad_mode)
        self._before, self._grads = None, None
        self._pending.append(m)
        if len(self._pending) > 64:  # figures nobody asked for: keep memory bounded
            del self._pending[0]

    def _figures(self, m: _Measure) -> dict[str, float]:
        values = m.values
        if values is None:
            return {}
        values = torch.stack(values).tolist()  # the one host sync of a logged step
        n = len(self.names)
        out = {k: values[i] / max(values[n + i], 1e-12) for i, k in enumerate(self._ratio_keys)}
        out.update(zip(self._grad_keys, values[2 * n:], strict=True))
        return out

    def collect(self) -> dict[str, float]:
        """The figures of the last measured step, once (empty when none was measured)."""
        self._grads = None
        if not self._pending:
            return {}
        m = self._pending[-1]
        self._pending.clear()
        return self._figures(m)

    def stamp(self, step: int | None) -> None:
        """The loop logged ``step``: the step measured last (not yet stamped) is its own; with
        ``None`` (a step that is not logged) it is dropped."""
        self._grads = None
        if self._pending and self._pending[-1].step is None:
            if step is None:
                self._pending.pop()
            else:
                self._pending[-1].step = step

    def ready(self, wait: bool = False) -> list[tuple[int, Callable[[], dict[str, float]]]]:
        """``(step, figures)`` of the stamped steps, oldest first, each once, where
        ``figures()`` reads them (the buffer calls it on its writer thread: the host sync and
        the dict are off the loop); on an accelerator the last one waits for the next call
        unless ``wait``."""
        out: list[tuple[int, Callable[[], dict[str, float]]]] = []
        keep: list[_Measure] = []
        last = self._pending[-1] if self._pending else None
        for m in self._pending:
            # an accelerator's figures of the step just taken are read a step later
            values = m.values
            later = not wait and m is last and values is not None \
                and values[0].device.type != "cpu"
            if m.step is None or later:
                keep.append(m)
            elif values is not None:
                out.append((m.step, functools.partial(self._figures, m)))
        self._pending = keep
        return out

    @property
    def size(self) -> int:
        """How many figures a measured step gives."""
        return 2 * len(self.names)

    def remove(self) -> None:
        for h in self._handles:
            h.remove()
        self._handles.clear()


def use_key(name: str, units: int, widths: dict[str, list[int]]) -> str:
    """The key under which a call of module ``name`` with ``units`` units (features or
    channels) is counted: ``name`` for the first width the module was seen with, ``name.2``,
    ``name.3``, ... for each other width (``widths`` remembers them). One ReLU module shared
    by layers of different widths (the ``self.relu`` idiom) is then one layer per width, where
    a single tensor per module broke on the second width; calls of one width (a recurrent
    cell's activation at every time step, a block reusing its ReLU) are counted together, a
    unit alive if it fired in any of them."""
    seen = widths.setdefault(name, [])
    if units not in seen:
        seen.append(units)
    i = seen.index(units)
    return name if not i else f"{name}.{i + 1}"


class DeadUnitObserver:
    """Fraction of ReLU-family units (features or channels) that were never positive in the
    forward passes it watched since the last :meth:`fractions` call.

    It watches the evaluation passes (``model.eval()``), like ``dnnlab train``, which counts
    dead units in an eval-mode pass: the training steps then pay nothing. A loop that runs no
    eval-mode forward pass in an epoch gets them from every ``fallback_every``-th training
    forward pass from the next epoch on. The units' hooks are installed only while they are
    needed (a hook on the model itself switches them at each pass of the whole model): a
    module with a forward hook takes PyTorch's slow call path, about 6 us a ReLU a step on
    the CPU even when the hook returns at once. An eval pass of a submodule alone, not of the
    model, is not seen (the fallback then samples the training passes). A module called at
    more than one width counts each width as its own layer (:func:`use_key`).
    """

    def __init__(self, model: nn.Module, fallback_every: int = 8) -> None:
        self.layers = relu_family(model)
        self.armed = True
        self.fallback_every = fallback_every
        self.from_training = False  # no eval pass seen: sample the training passes
        self._calls = 0
        self.peak: dict[str, torch.Tensor] = {}  # per unit: its largest output seen
        self._widths: dict[str, list[int]] = {}  # unit counts each module was called with
        self._hooks = {n: self._hook(n) for n in self.layers}
        self._handles: list[Any] = []  # the units' hooks, while installed
        self._switch = model.register_forward_pre_hook(self._mode) if self.layers else None
        self._first = next(iter(self.layers), None)

    def _mode(self, model: nn.Module, _args: Any) -> None:
        """At each pass of the whole model: the units' hooks on for an eval pass (or when
        sampling training passes), off for a training pass."""
        want = self.armed and (self.from_training or not model.training)
        if want and not self._handles:
            self._handles = [m.register_forward_hook(self._hooks[n])
                             for n, m in self.layers.items()]
        elif not want and self._handles:
            self._unhook()

    def _unhook(self) -> None:
        for h in self._handles:
            h.remove()
        self._handles = []

    def _hook(self, name: str):
        def hook(module: nn.Module, _inp: Any, out: Any) -> None:
            if not self.armed or not isinstance(out, torch.Tensor) or out.dim() < 2:
                return
            key = use_key(name, out.shape[1], self._widths)
            if module.training:
                if not self.from_training:
                    return
                if key == self._first:
                    self._calls += 1
                if self._calls % self.fallback_every:
                    return
            elif self.from_training:
                self.from_training = False  # the loop evaluates after all
                self.peak = {}
            # a unit is alive if its peak is > 0. amax on the float output, not
            # (out > 0).any(dim=0): a bool reduction over the batch dim is 3-10x slower on CPU
            with torch.no_grad():
                # one reduction: over the batch and, for a conv, the positions of a channel
                peak = out.amax(dim=(0, *range(2, out.dim()))) if out.dim() > 2 \
                    else out.amax(dim=0)
                prev = self.peak.get(key)
                if prev is None or prev.shape != peak.shape:
                    self.peak[key] = peak
                else:
                    torch.maximum(prev, peak, out=prev)

        return hook

    def fractions(self) -> dict[str, float]:
        if not self.peak:
            self.from_training = bool(self.layers)  # no eval pass this epoch
            return {}
        names = list(self.peak)
        # counts, one host sync, and the share in float64: a float32 mean puts 9 of 15 dead
        # units at 0.59999999, under a 0.6 limit
        alive = torch.stack([(self.peak[n] > 0).sum() for n in names]).tolist()
        sizes = [self.peak[n].numel() for n in names]
        self.peak = {}
        return {f"{DEAD_RELU}{n}": (size - a) / size
                for n, a, size in zip(names, alive, sizes, strict=True)}

    def remove(self) -> None:
        self._unhook()
        if self._switch is not None:
            self._switch.remove()
            self._switch = None


class SaturationObserver:
    """``saturated/<name>``: the fraction of the (sample, unit) outputs of every tanh/sigmoid
    module within ``SATURATION_MARGIN`` of its limits (tanh |y| > 0.98, sigmoid y < 0.02 or
    y > 0.98), over the forward passes it watched since the last :meth:`fractions` call.

    ``training_only`` watches only training-mode passes (a user's loop, where evaluation passes
    are not the training data); off, it watches every pass while it is installed, as the
    trainer's eval pass over the training split does (``with SaturationObserver(m, False):``).
    One comparison and a count per module and batch; the one host sync is in :meth:`fractions`.
    """

    def __init__(self, model: nn.Module, training_only: bool = True) -> None:
        self.layers = saturating(model)
        self.training_only = training_only
        self.armed = True
        self.hits: dict[str, torch.Tensor] = {}  # per module: saturated outputs seen
        self.seen: dict[str, int] = {}  # per module: outputs seen
        self._handles = [m.register_forward_hook(self._hook(n, *_saturation_band(m)))
                         for n, m in self.layers.items()]

    def _hook(self, name: str, centre: float, reach: float):
        def hook(module: nn.Module, _inp: Any, out: Any) -> None:
            if not self.armed or (self.training_only and not module.training) \
                    or not isinstance(out, torch.Tensor) or out.dim() < 2:
                return
            y = out.detach()
            hits = torch.count_nonzero((y if centre == 0 else y - centre).abs() > reach)
            prev = self.hits.get(name)
            self.hits[name] = hits if prev is None else prev.add_(hits)
            self.seen[name] = self.seen.get(name, 0) + y.numel()

        return hook

    def fractions(self) -> dict[str, float]:
        if not self.hits:
            return {}
        names = list(self.hits)
        hits = torch.stack([self.hits[n] for n in names]).tolist()
        out = {f"{SATURATED}{n}": h / max(self.seen[n], 1)
               for n, h in zip(names, hits, strict=True)}
        self.hits, self.seen = {}, {}
        return out

    def remove(self) -> None:
        for h in self._handles:
            h.remove()
        self._handles.clear()

    def __enter__(self) -> SaturationObserver:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.remove()
