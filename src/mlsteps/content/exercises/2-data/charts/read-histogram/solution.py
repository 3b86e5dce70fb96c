import numpy as np


def tallest_bin(values, bins):
    """Return the start, end and count of the tallest bar of plt.hist(values, bins=bins); leftmost on a tie."""
    counts, edges = np.histogram(values, bins=bins)
    tallest = int(np.argmax(counts))
    return {"start": float(edges[tallest]), "end": float(edges[tallest + 1]), "count": int(counts[tallest])}
