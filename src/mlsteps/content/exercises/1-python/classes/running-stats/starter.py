class RunningStats:
    """Keeps the count, mean and maximum of the values added so far, without storing them all."""

    def __init__(self):
        # Set up the numbers you need to remember here (as self.something).
        pass

    def add(self, x):
        """Take in one more value."""
        # Update your numbers here.
        pass

    def count(self):
        """How many values have been added."""
        return 0

    def mean(self):
        """The mean of the values added so far, or None if there are none."""
        return None

    def maximum(self):
        """The largest value added so far, or None if there are none."""
        return None


def summarise_stream(values):
    """Feed every value to one RunningStats; return its count, mean and max. (Leave this function as it is.)"""
    stats = RunningStats()
    for value in values:
        stats.add(value)
    return {"count": stats.count(), "mean": stats.mean(), "max": stats.maximum()}
