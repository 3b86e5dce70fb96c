def even_squares(numbers):
    """Return the squares of the even numbers in `numbers`, in order."""
    return [n * n for n in numbers if n % 2 == 0]
