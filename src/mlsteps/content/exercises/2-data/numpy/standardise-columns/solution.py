def standardise(table):
    """Return `table` with each column shifted to mean 0 and scaled to standard deviation 1."""
    return (table - table.mean(axis=0)) / table.std(axis=0)
