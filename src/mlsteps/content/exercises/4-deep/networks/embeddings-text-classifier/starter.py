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
        # ... write here
        return torch.tensor([], dtype=torch.long), torch.zeros(len(texts), dtype=torch.long)

    def predict(self, texts):
        """The predicted label of each text: 1 for positive, 0 for negative."""
        # ... write here
        return torch.zeros(len(texts), dtype=torch.long)


def train_review_classifier(train_texts, train_labels, seed):
    """Build a vocabulary from the training reviews, train a ReviewClassifier on them, and return it."""
    torch.manual_seed(seed)
    vocab = {}
    # ... build the vocabulary here
    model = ReviewClassifier(vocab)
    # ... train the model here
    return model
