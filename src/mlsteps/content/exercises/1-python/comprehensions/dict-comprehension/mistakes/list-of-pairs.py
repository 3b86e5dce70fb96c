def word_lengths(words):
    return [(word, len(word)) for word in words]
