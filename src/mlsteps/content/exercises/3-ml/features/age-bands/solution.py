import numpy as np
import pandas as pd

LABELS = ["under 18", "18-29", "30-49", "50+"]


def age_bands(ages):
    """Each age's band as text (an edge starts the next band); a missing age stays missing."""
    bands = pd.cut(ages, bins=[-np.inf, 18, 30, 50, np.inf], labels=LABELS, right=False)
    return bands.astype(object)
