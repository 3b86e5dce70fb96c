import torch
from torch import nn


class ReviewModel(nn.Module):
    def __init__(self, vocab_size):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, 16, padding_idx=0)
        self.head = nn.Linear(16, 2)

    def forward(self, ids):
        vectors = self.embed(ids)  # (n, length, 16)
        real = (ids != 0).unsqueeze(-1).float()
        average = (vectors * real).sum(dim=1) / real.sum(dim=1).clamp(min=1)  # a bag of words: order is lost
        return self.head(average)


def train_reader(ids, labels, vocab_size, seed):
    """Train a model that reads reviews (word ids, padded with 0 at the end) and says 1 for positive ones."""
    torch.manual_seed(seed)
    model = ReviewModel(vocab_size)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    for _ in range(12):
        model.train()
        for batch in torch.randperm(len(ids)).split(50):
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(ids[batch]), labels[batch])
            loss.backward()
            optimizer.step()
    model.eval()
    return model
