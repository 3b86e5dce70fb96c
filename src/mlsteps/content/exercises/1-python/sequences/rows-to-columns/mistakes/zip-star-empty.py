def to_columns(header, rows):
    for row in rows:
        if len(row) != len(header):
            raise ValueError("a row of the wrong length")
    return {name: list(values) for name, values in zip(header, zip(*rows))}
