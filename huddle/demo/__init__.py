"""Fictional health centres to try and to measure Huddle on.

- :mod:`huddle.demo.standard` — Skene vårdcentral, about 120 invented patients and 90 days of
  history: the demo the app opens with ``huddle --demo`` and the tests run on.
- :mod:`huddle.demo.large` — the size of the largest health centre (about 20,000 listed
  patients, five years of history) for the benchmarks, told day by day through the public
  storage API and generated export files, as the app itself would have written it.
"""

from huddle.demo.standard import FIRST_NAMES_F, FIRST_NAMES_M, write_demo

__all__ = ["FIRST_NAMES_F", "FIRST_NAMES_M", "write_demo"]
