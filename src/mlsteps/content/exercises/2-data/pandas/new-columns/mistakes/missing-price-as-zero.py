def with_revenue(orders):
    result = orders.copy()
    result["revenue"] = result["units"] * result["unit_price"].fillna(0)
    return result
