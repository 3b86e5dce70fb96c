import numpy as np


def kmeans(X, initial_centres, steps):
    """Run `steps` rounds of Lloyd's k-means from the given centres; return (centres, labels)."""
    centres = np.array(initial_centres, dtype=float)  # a copy: the argument stays as it was
    labels = np.zeros(len(X), dtype=int)
    for _ in range(steps):
        # Assign each point to its nearest centre, then move each centre to the mean of its points.
        pass
    return centres, labels
