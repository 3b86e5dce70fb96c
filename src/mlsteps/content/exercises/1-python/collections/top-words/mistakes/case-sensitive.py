from collections import Counter


def top_words(text, n):
    counts = Counter(text.split())
    return [(word.lower(), count) for word, count in counts.most_common(n)]
