"""Benchmarks of the generated clients against their peers (`nox -s bench`).

One module per figure of BENCHMARKS.md:

- `fig_a_decode`: typed decode of a fixed-seed corpus of Binary.com replies;
- `fig_b_encode`: encoding the same messages back to bytes;
- `fig_c_regenerate`: regenerating every distribution vs datamodel-code-generator;
- `fig_d_import`: cold import of each generated package vs python-deriv-api;
- `fig_e_websocket`: WebSocket round trips against the Binary.com simulator;
- `fig_f_rest`: REST request overhead against the Okcoin simulator;
- `fig_g_memory`: resident size after many WebSocket calls.

Every figure is a ratio against a peer measured in the same run: the machines this runs on
are shared and noisy, so absolute times move between runs while ratios hold. `runner`
prints the table and writes BENCHMARKS.md; `profiling` adds where our time goes.
"""
