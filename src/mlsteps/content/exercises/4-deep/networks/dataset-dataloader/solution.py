from torch.utils.data import DataLoader, Dataset


class TableDataset(Dataset):
    """The rows of a table: example i is (features[i], targets[i])."""

    def __init__(self, features, targets):
        self.features = features
        self.targets = targets

    def __len__(self):
        return len(self.features)

    def __getitem__(self, index):
        return self.features[index], self.targets[index]


def batch_summary(features, targets, batch_size):
    """For each batch, in order: (the shape of its features, the sum of its targets)."""
    loader = DataLoader(TableDataset(features, targets), batch_size=batch_size, shuffle=False)
    summary = []
    for x_batch, y_batch in loader:
        summary.append((tuple(x_batch.shape), y_batch.sum().item()))
    return summary
