def clean_labels(orders):
    label = orders["label"].str.lower().str.replace("_", " ")
    return orders.assign(label=label, product=label.str.split(" ").str[0])
