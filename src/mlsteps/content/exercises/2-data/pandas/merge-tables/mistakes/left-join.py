def add_product_info(orders, products):
    return orders.merge(products, on="product", how="left")
