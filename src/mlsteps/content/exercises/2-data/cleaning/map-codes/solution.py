def payment_labels(codes, meanings):
    """Return the meaning of each code; "unknown" for codes not in meanings; missing codes stay missing."""
    labels = codes.map(meanings)
    return labels.mask(codes.notna() & labels.isna(), "unknown")
