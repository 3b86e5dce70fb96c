def mean(*numbers):
    """Return the mean of all the values passed, or None when there are none."""
    # ... `numbers` is a tuple of every value passed. Write your code here.
    return None
