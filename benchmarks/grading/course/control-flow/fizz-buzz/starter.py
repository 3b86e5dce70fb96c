def fizz_buzz(n):
    """Return the FizzBuzz labels for the numbers from 1 to `n`, as a list of strings."""
    labels = []
    # Add one label per number here.
    return labels
