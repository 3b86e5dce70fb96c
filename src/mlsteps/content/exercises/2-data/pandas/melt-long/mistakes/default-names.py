def to_long(wide):
    return wide.melt(id_vars="city")
