def is_number(value):
    """Return True if `value` is an int or a float (but not True or False), else False."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)
