def flatten(rows):
    if not rows:
        return []
    return [row[i] for i in range(len(rows[0])) for row in rows]
