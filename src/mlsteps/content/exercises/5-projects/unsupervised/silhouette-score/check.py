import numpy as np

from mlsteps.engine.cases import case


def _silhouette(X, labels, itself=False, all_others=False, alone=0.0):
    distances = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    clusters = np.unique(labels)
    scores = []
    for i in range(len(X)):
        own = labels == labels[i]
        if own.sum() == 1:
            scores.append(alone)
            continue
        a = distances[i, own].sum() / (own.sum() - (0 if itself else 1))
        if all_others:
            b = distances[i, ~own].mean()
        else:
            b = min(distances[i, labels == other].mean() for other in clusters if other != labels[i])
        scores.append((b - a) / max(a, b))
    return float(np.mean(scores))


def _blobs(generator, points, clusters, spread):
    centres = generator.normal(0, 4, size=(clusters, 2))
    labels = np.concatenate([np.arange(clusters), generator.integers(0, clusters, size=points - clusters)])
    return np.round(centres[labels] + generator.normal(0, spread, size=(points, 2)), 2), labels


def cases(rng):
    X = np.array([[0.0, 0.0], [0.0, 1.0], [4.0, 0.0], [4.0, 1.0], [9.0, 0.5]])
    yield case(X, np.array([0, 0, 1, 1, 2]), label="the example")
    yield case(X, np.array([0, 0, 1, 1, 1]), label="two clusters")
    yield case(X, np.array([10, 10, 30, 30, 20]), label="labels 10, 20 and 30")
    yield case(X, np.array(["b", "a", "b", "a", "a"]), label="text labels, a poor clustering")
    yield case(X, np.array([0, 0, 0, 0, 0]), label="one cluster", raises="ValueError")
    yield case(X, np.array([4, 3, 2, 1, 0]), label="every point its own cluster", raises="ValueError")
    for number in range(4):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        clusters = 2 + number % 3
        X, labels = _blobs(generator, int(generator.integers(12, 40)), clusters, 0.5 + number * 0.5)
        if number == 3:
            labels = labels * 7 + 3  # labels that are not positions
        yield case(X, labels, label=f"{clusters} random clusters of {len(X)} points")


def diagnose(case, expected, got):
    if case.raises or not isinstance(got, int | float):
        return None
    X, labels = case.args
    clusters = np.unique(labels)
    if np.isnan(got):
        if clusters.dtype.kind in "iu" and not np.array_equal(clusters, np.arange(len(clusters))):
            return (
                "The answer is nan. The labels here are not 0, 1, 2, …: loop over the labels that are really "
                "there (np.unique(labels)), not over positions."
            )
        return None

    def near(value):
        return abs(value - expected) > 1e-12 and abs(got - value) < 1e-9

    if near(_silhouette(X, labels, itself=True)):
        return (
            "Your a divides by the whole cluster's size, so it counts the point's distance to itself (0). Leave the "
            "point itself out: divide by the size minus one."
        )
    if near(_silhouette(X, labels, all_others=True)):
        return (
            "Your b averages over all the points outside the cluster. It is the average distance to the nearest "
            "other cluster: one average per other cluster, and the smallest of them."
        )
    if near(_silhouette(X, labels, alone=1.0)):
        return "A point alone in its cluster has no neighbour to measure a from: its score is 0, not 1."
    return None
