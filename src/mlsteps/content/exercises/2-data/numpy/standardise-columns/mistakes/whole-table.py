def standardise(table):
    return (table - table.mean()) / table.std()
