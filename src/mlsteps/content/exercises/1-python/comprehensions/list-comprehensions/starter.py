def even_squares(numbers):
    """Return the squares of the even numbers in `numbers`, in order."""
    # Write your list comprehension here.
    return []
