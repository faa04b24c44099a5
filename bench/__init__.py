"""The benchmark suite: ``bash scripts/bench.sh`` (or ``.venv/bin/python -m bench``).

It builds the demo generator's large register once (cached in ``bench/cache/``,
keyed by the generator's source, the schema and the seed), runs every scenario
several times, prints the medians against the targets of issue 8 and writes
``bench/results/latest.json``. Nothing here is imported by the application.
"""
