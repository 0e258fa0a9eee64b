"""Figures for the notebooks. Each function takes a processed table and returns a
matplotlib Figure, so notebooks stay thin and tests can check a figure was drawn."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg") if matplotlib.get_backend().lower() == "" else None

import matplotlib.pyplot as plt  # noqa: E402
import seaborn as sns  # noqa: E402

sns.set_theme(style="whitegrid", context="notebook")
