import numpy as np


def tallest_bin(values, bins):
    low, high = values.min(), values.max()
    width = (high - low) / bins
    places = np.floor((values - low) / width).astype(int)
    counts = np.bincount(places[places < bins], minlength=bins)
    tallest = int(np.argmax(counts))
    return {"start": low + tallest * width, "end": low + (tallest + 1) * width, "count": int(counts[tallest])}
