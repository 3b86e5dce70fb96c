def to_columns(header, rows):
    """Return {column name: [values in row order]}; every row must have one value per column."""
    columns = {}
    # Check the rows, then fill one list per column.
    return columns
