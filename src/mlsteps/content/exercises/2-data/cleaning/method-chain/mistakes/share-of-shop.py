def product_shares(orders, region, threshold):
    with_revenue = orders.assign(revenue=orders["units"] * orders["unit_price"])
    total = with_revenue["revenue"].sum()
    return (
        with_revenue.query("region == @region")
        .groupby("product")["revenue"]
        .sum()
        .pipe(lambda revenue: 100 * revenue / total)
        .rename("share")
        .loc[lambda share: share >= threshold]
        .reset_index()
        .sort_values(["share", "product"], ascending=[False, True])
        .set_index("product")["share"]
    )
