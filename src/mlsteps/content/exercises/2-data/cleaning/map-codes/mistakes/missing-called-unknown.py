def payment_labels(codes, meanings):
    return codes.map(meanings).fillna("unknown")
