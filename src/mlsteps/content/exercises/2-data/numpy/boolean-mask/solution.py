def hot_days(temperatures, threshold):
    """Return (the temperatures above `threshold`, in order; how many there are)."""
    mask = temperatures > threshold
    return temperatures[mask], int(mask.sum())
