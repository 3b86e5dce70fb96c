def to_columns(header, rows):
    """Return {column name: [values in row order]}; every row must have one value per column."""
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"a row has {len(row)} values for {len(header)} columns: {row!r}")
    columns = {name: [] for name in header}
    for row in rows:
        for name, value in zip(header, row, strict=True):
            columns[name].append(value)
    return columns
