class RunningStats:
    def __init__(self):
        self.n = 0
        self.total = 0
        self.largest = None

    def add(self, x):
        self.n += 1
        self.total += x
        if self.largest is None or x > self.largest:
            self.largest = x

    def count(self):
        return self.n

    def mean(self):
        if self.n == 0:
            return None
        return self.total // self.n

    def maximum(self):
        return self.largest


def summarise_stream(values):
    """Feed every value to one RunningStats; return its count, mean and max. (Leave this function as it is.)"""
    stats = RunningStats()
    for value in values:
        stats.add(value)
    return {"count": stats.count(), "mean": stats.mean(), "max": stats.maximum()}
