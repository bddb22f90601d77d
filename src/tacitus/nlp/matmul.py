"""Matrix products of the spaCy model through numpy's BLAS instead of thinc's bundled BLIS.

thinc's CPU backend multiplies matrices with the BLIS library it bundles. Where BLIS falls
back to a generic kernel (measured on this project's machines, AMD EPYC: 6-12 GFlop/s on
one thread, against 18-45 GFlop/s for numpy's OpenBLAS on the same shapes) the dense layers
of the two token encoders (the shared one and the entity recogniser's own) are most of the
parse. `speed_up` gives every thinc layer of the pipeline a `NumpyOps(use_blis=False)`,
whose `gemm` is numpy's: the same parses (on 2,570 news sentences, 71,832 tokens, no tag,
head, dependency, lemma or entity differed: float rounding differs in the last bits, never
enough to change a decision; tests/nlp/test_matmul.py compares), and about a third less
parsing time. The parser's transition loop keeps thinc's compiled BLAS.

`limit_threads` caps the BLAS libraries' threads (numpy's OpenBLAS would otherwise start one
per core for the larger products): Tacitus uses more cores through more processes (Dask
workers), each of which should keep to one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language


def _layers(nlp: Language) -> Iterator[Any]:
    """Every thinc layer of the pipeline's components."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            yield from model.walk()


def _multiplies_with_blis(layer: Any) -> bool:
    from thinc.api import NumpyOps

    return type(layer.ops) is NumpyOps and bool(getattr(layer.ops, "use_blis", False))


def speed_up(nlp: Language) -> int:
    """Switch every thinc layer that multiplies with BLIS on the CPU to numpy's BLAS; returns
    how many layers changed (0 for pipelines with none, e.g. GPU or transformer models)."""
    from thinc.api import NumpyOps

    numpy_ops = NumpyOps(use_blis=False)
    changed = 0
    for layer in _layers(nlp):
        if _multiplies_with_blis(layer):
            layer.ops = numpy_ops
            changed += 1
    return changed


def uses_blis(nlp: Language) -> bool:
    """Does any thinc layer of the pipeline still multiply with BLIS?"""
    return any(_multiplies_with_blis(layer) for layer in _layers(nlp))


def limit_threads(threads: int) -> None:
    """Cap the threads of the BLAS libraries loaded in this process (OpenBLAS, MKL, BLIS) at
    `threads`; 0 leaves them as they are."""
    if threads <= 0:
        return
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=threads, user_api="blas")
