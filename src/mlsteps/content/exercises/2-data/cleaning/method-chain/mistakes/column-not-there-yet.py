def product_shares(orders, region, threshold):
    return (
        orders.query("region == @region")
        .assign(revenue=orders["units"] * orders["unit_price"])
        .assign(share=100 * orders["revenue"] / orders["revenue"].sum())
        .groupby("product")["share"]
        .sum()
        .loc[lambda share: share >= threshold]
        .sort_values(ascending=False)
    )
