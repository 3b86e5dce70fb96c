import torch

PAD, UNKNOWN = 0, 1


def pad_batch(sentences, vocabulary):
    rows = [[vocabulary.get(word, UNKNOWN) for word in sentence.lower().split()] for sentence in sentences]
    longest = max((len(row) for row in rows), default=0)
    ids = torch.full((len(rows), longest), PAD, dtype=torch.int64)
    mask = torch.zeros((len(rows), longest), dtype=torch.bool)
    for number, row in enumerate(rows):
        ids[number, longest - len(row) :] = torch.tensor(row, dtype=torch.int64)
        mask[number, longest - len(row) :] = True
    return ids, mask
