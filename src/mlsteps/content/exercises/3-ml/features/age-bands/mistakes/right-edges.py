import numpy as np
import pandas as pd

LABELS = ["under 18", "18-29", "30-49", "50+"]


def age_bands(ages):
    bands = pd.cut(ages, bins=[-np.inf, 18, 30, 50, np.inf], labels=LABELS)
    return bands.astype(object)
