def payment_labels(codes, meanings):
    return codes.replace(meanings)
