def write_report(rows, path):
    with open(path, "w", encoding="utf-8", newline="") as file:
        file.write("name,city,score\r\n")
        for row in rows:
            file.write(f"{row['name']},{row['city']},{row['score']}\r\n")  # a comma inside a value splits it
    return len(rows)
