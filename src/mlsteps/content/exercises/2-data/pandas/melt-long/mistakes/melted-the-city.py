def to_long(wide):
    return wide.melt(var_name="month", value_name="rain_mm")
