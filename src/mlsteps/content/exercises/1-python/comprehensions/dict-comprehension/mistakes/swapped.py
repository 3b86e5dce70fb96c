def word_lengths(words):
    return {len(word): word for word in words}
