from collections import Counter


def top_words(text, n):
    common = Counter(text.lower().split()).most_common(n)
    while len(common) < n:
        common.append(("", 0))
    return common
