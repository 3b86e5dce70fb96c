def clean_labels(orders):
    label = orders["label"].strip().lower().replace("_", " ")
    return orders.assign(label=label, product=label.split(" ")[0])
