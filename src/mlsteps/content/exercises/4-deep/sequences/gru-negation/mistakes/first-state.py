import torch
from torch import nn


class ReviewModel(nn.Module):
    def __init__(self, vocab_size):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, 16, padding_idx=0)
        self.reader = nn.GRU(16, 32, batch_first=True)
        self.head = nn.Linear(32, 2)

    def forward(self, ids):
        states, _ = self.reader(self.embed(ids))
        return self.head(states[:, 0])


def train_reader(ids, labels, vocab_size, seed):
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
