def check_age(age):
    """Return `age` if it is an int from 0 to 130; raise TypeError or ValueError otherwise."""
    # Check the type first, then the range. Use `raise` for a bad age.
    return None
