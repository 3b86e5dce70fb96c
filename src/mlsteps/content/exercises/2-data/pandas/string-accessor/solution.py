def clean_labels(orders):
    """Return a copy of `orders` with tidy labels and a new `product` column (the label's first word)."""
    label = orders["label"].str.strip().str.lower().str.replace("_", " ")
    return orders.assign(label=label, product=label.str.split(" ").str[0])
