def thin_out(table):
    return table[1::2, -2:]
