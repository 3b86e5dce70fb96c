def add_product_info(orders, products):
    """Return the orders whose product is in the catalogue, with the product's category and list price."""
    return orders.merge(products, on="product", how="inner")
