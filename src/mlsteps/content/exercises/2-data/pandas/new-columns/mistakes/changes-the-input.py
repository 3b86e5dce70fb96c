def with_revenue(orders):
    result = orders
    result["revenue"] = result["units"] * result["unit_price"]
    return result
