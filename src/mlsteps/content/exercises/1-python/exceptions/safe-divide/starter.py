def safe_ratio(a, b):
    """Return a / b, or None when b is zero."""
    # ... write your try / except here.
    return None
