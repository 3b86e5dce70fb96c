def read_signups(path):
    with open(path, encoding="utf-8") as file:
        lines = file.read().splitlines()
    header = [name.strip() for name in lines[0].split(",")]
    rows = []
    for line in lines[1:]:
        values = [value.strip() for value in line.split(",")]
        if any(values):
            rows.append(dict(zip(header, values)))
    return rows
