import torch

PAD, UNKNOWN = 0, 1


def pad_batch(sentences, vocabulary):
    """Sentences as one (n, longest) tensor of word ids, padded with 0 at the end, and a mask of the real words."""
    rows = [[vocabulary[word] for word in sentence.split() if word in vocabulary] for sentence in sentences]
    # ... make every row as long as the longest, and the mask
    return rows, None
