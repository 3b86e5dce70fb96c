def is_number(value):
    """Return True if `value` is an int or a float (but not True or False), else False."""
    # Check the type of `value` here.
    return False
