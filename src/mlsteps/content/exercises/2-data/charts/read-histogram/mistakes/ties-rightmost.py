import numpy as np


def tallest_bin(values, bins):
    counts, edges = np.histogram(values, bins=bins)
    tallest = int(np.argsort(counts, kind="stable")[-1])
    return {"start": float(edges[tallest]), "end": float(edges[tallest + 1]), "count": int(counts[tallest])}
