import numpy as np  # noqa: F401  (you will need these)
import pandas as pd  # noqa: F401

LABELS = ["under 18", "18-29", "30-49", "50+"]


def age_bands(ages):
    """Each age's band as text (an edge starts the next band); a missing age stays missing."""
    # Everyone in one band, whatever their age.
    return ages.map(lambda age: "18-29")
