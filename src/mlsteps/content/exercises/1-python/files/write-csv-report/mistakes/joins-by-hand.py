def write_report(rows, path):
    with open(path, "w", encoding="utf-8") as file:
        file.write("name,city,score\n")
        for row in rows:
            file.write(f"{row['name']},{row['city']},{row['score']}\n")
    return len(rows)
