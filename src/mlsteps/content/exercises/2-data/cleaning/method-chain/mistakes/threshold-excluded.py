def product_shares(orders, region, threshold):
    return (
        orders.query("region == @region")
        .assign(revenue=lambda frame: frame["units"] * frame["unit_price"])
        .groupby("product")["revenue"]
        .sum()
        .pipe(lambda revenue: 100 * revenue / revenue.sum())
        .rename("share")
        .loc[lambda share: share > threshold]
        .reset_index()
        .sort_values(["share", "product"], ascending=[False, True])
        .set_index("product")["share"]
    )
