def to_columns(header, rows):
    for row in rows:
        if len(row) != len(header):
            raise ValueError("a row of the wrong length")
    if not rows:
        return {name: [] for name in header}
    return dict(zip(header, zip(*rows)))
