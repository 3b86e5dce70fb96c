def payment_labels(codes, meanings):
    """Return the meaning of each code; "unknown" for codes not in meanings; missing codes stay missing."""
    return codes
