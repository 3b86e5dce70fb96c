def standardise(table):
    return (table - table.mean(axis=0)) / table.std(axis=0, ddof=1)
