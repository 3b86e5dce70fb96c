import re

import torch
from torch import nn


def words(text):
    """The lower-case words of a text: 'Great value, 5 stars!' gives ['great', 'value', 'stars']."""
    return re.findall(r"[a-z]+", text.lower())


class ReviewClassifier(nn.Module):
    """Reads a review as a bag of words: the mean of its words' embeddings, then 2 scores (negative, positive)."""

    def __init__(self, vocab):
        super().__init__()
        self.vocab = vocab  # word -> its number, from the training texts only
        self.bag = nn.EmbeddingBag(len(vocab), 16, mode="mean")
        self.out = nn.Linear(16, 2)

    def forward(self, ids, offsets):
        return self.out(self.bag(ids, offsets))

    def encode(self, texts):
        """The known words of all the texts as numbers in one flat tensor, and where each text starts in it."""
        ids, offsets = [], []
        for text in texts:
            offsets.append(len(ids))
            ids += [self.vocab[word] for word in words(text) if word in self.vocab]  # unknown words are skipped
        return torch.tensor(ids, dtype=torch.long), torch.tensor(offsets, dtype=torch.long)

    def predict(self, texts):
        """The predicted label of each text: 1 for positive, 0 for negative."""
        self.eval()
        with torch.no_grad():
            return self(*self.encode(texts)).argmax(dim=1)


def train_review_classifier(train_texts, train_labels, seed):
    """Build a vocabulary from the training reviews, train a ReviewClassifier on them, and return it."""
    torch.manual_seed(seed)
    vocab = {}
    for text in train_texts:
        for word in words(text):
            if word not in vocab:
                vocab[word] = len(vocab)
    model = ReviewClassifier(vocab)
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
