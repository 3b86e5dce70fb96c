import torch
from torch import nn

LONGEST = 32  # the most words a review may have


class ReviewEncoder(nn.Module):
    def __init__(self, vocab_size):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, 32, padding_idx=0)
        self.position = nn.Embedding(LONGEST, 32)  # one learned vector per place: 0, 1, 2, ...
        self.encoder = nn.TransformerEncoderLayer(d_model=32, nhead=4, dim_feedforward=64, batch_first=True)
        self.head = nn.Linear(32, 2)

    def forward(self, ids):
        places = torch.arange(ids.shape[1])
        vectors = self.embed(ids) + self.position(places)  # what each word is, and where it is
        vectors = self.encoder(vectors, src_key_padding_mask=ids == 0)  # True: padding, not to be looked at
        last = (ids != 0).sum(dim=1).clamp(min=1) - 1  # where each review's last real word is
        return self.head(vectors[torch.arange(len(ids)), last])


def train_encoder(ids, labels, vocab_size, seed):
    """Train a one-layer transformer on reviews (word ids, padded with 0 at the end); 1 means positive."""
    torch.manual_seed(seed)
    model = ReviewEncoder(vocab_size)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    for _ in range(10):
        model.train()
        for batch in torch.randperm(len(ids)).split(50):
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(ids[batch]), labels[batch])
            loss.backward()
            optimizer.step()
    model.eval()  # dropout off
    return model
