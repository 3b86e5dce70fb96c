def distances(points):
    return (points**2).sum(axis=1)
