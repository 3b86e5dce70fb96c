def sort_listing(homes):
    return homes.sort_values(["city", "price_eur"], ascending=[True, False]).reset_index()
