def add_product_info(orders, products):
    return orders.merge(products, left_index=True, right_index=True)
