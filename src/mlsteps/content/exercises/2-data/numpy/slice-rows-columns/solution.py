def thin_out(table):
    """Return every other row of `table` (rows 0, 2, 4, ...), keeping only its last two columns."""
    return table[::2, -2:]
