import re

import torch
from torch import nn


def words(text):
    return re.findall(r"[a-z]+", text.lower())


def build_vocab(texts):
    vocab = {}
    for text in texts:
        for word in words(text):
            if word not in vocab:
                vocab[word] = len(vocab)
    return vocab


class ReviewClassifier(nn.Module):

    def __init__(self, vocab):
        super().__init__()
        self.vocab = vocab
        self.bag = nn.EmbeddingBag(len(vocab), 16, mode="mean")
        self.out = nn.Linear(16, 2)

    def forward(self, ids, offsets):
        return self.out(self.bag(ids, offsets))

    def encode(self, texts):
        self.vocab = build_vocab(texts)
        ids, offsets = [], []
        for text in texts:
            offsets.append(len(ids))
            ids += [self.vocab[word] for word in words(text) if word in self.vocab]
        return torch.tensor(ids, dtype=torch.long), torch.tensor(offsets, dtype=torch.long)

    def predict(self, texts):
        self.eval()
        with torch.no_grad():
            return self(*self.encode(texts)).argmax(dim=1)


def train_review_classifier(train_texts, train_labels, seed):
    torch.manual_seed(seed)
    model = ReviewClassifier(build_vocab(train_texts))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.05, weight_decay=0.001)
    ids, offsets = model.encode(train_texts)
    labels = torch.tensor(train_labels)
    model.train()
    for _ in range(100):
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(ids, offsets), labels)
        loss.backward()
        optimizer.step()
    return model
