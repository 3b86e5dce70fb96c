import numpy as np


def baseline_maes(rentals, horizon):
    """MAE (rounded to 1) of the naive and the weekly seasonal-naive forecasts of the last `horizon` days."""
    values = np.asarray(rentals, dtype=float)
    known, test = values[:-horizon], values[-horizon:]
    naive = np.full(horizon, known[-1])
    seasonal = known[-7:][np.arange(horizon) % 7]
    return {
        "naive": round(float(np.abs(test - naive).mean()), 1),
        "seasonal_naive": round(float(np.abs(test - seasonal).mean()), 1),
    }
