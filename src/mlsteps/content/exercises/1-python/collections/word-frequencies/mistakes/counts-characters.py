def word_counts(text):
    counts = {}
    for word in text.lower():
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
    return counts
