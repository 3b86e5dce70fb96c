def collatz_steps(n):
    """Return how many steps it takes to get from n down to 1."""
    steps = 0
    # ... write your while loop here.
    return steps
