def clean_labels(orders):
    label = orders["label"].str.strip().str.lower().str.replace("_", " ")
    return orders.assign(label=label, product=label.str.split(" "))
