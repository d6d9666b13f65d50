# torch.nn modules, losses and data utilities: reprs, train/eval, state
# dicts, the functional losses with options, datasets and loaders.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset, TensorDataset, random_split

torch.manual_seed(1)
model = nn.Sequential(
    nn.Linear(4, 6),
    nn.ReLU(),
    nn.Dropout(0.5),
    nn.Linear(6, 2),
    nn.LogSoftmax(dim=1),
)
print(model)
print(len(model), model[0])
x = torch.randn(3, 4)
model.train()
a = model(x)
model.eval()
b = model(x)
print(a.shape, model.training, model[2].training)
print(torch.allclose(b, model(x)))
print(b.detach())
sd = model.state_dict()
print(list(sd.keys()))
other = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Dropout(0.5), nn.Linear(6, 2), nn.LogSoftmax(dim=1))
print(other.load_state_dict(sd))
other.eval()
print(torch.equal(other(x), b))


class Block(nn.Module) {
    def __init__(self) {
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(3, 3) for _ in range(2)])
        self.act = nn.LeakyReLU(0.1)
        self.flat = nn.Flatten()
    }

    def forward(self, x) {
        for layer in self.layers {
            x = self.act(layer(x))
        }
        return self.flat(x)
    }
}


blk = Block()
print(blk)
print([n for n, _ in blk.named_parameters()])
print(blk(torch.ones(2, 3)).detach())

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
target = torch.tensor([0, 2])
print(nn.CrossEntropyLoss()(logits, target))
print(nn.CrossEntropyLoss(label_smoothing=0.1)(logits, target))
print(F.cross_entropy(logits, target, reduction="none"))
print(nn.NLLLoss()(F.log_softmax(logits, dim=1), target))
p = torch.sigmoid(torch.tensor([0.5, -1.0, 2.0]))
t = torch.tensor([1.0, 0.0, 1.0])
print(nn.BCELoss()(p, t))
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0]))(torch.tensor([0.5, -1.0, 2.0]), t))
pred = torch.tensor([1.0, 2.5, -0.5])
actual = torch.tensor([1.5, 0.5, 0.0])
print(nn.MSELoss()(pred, actual), nn.L1Loss(reduction="sum")(pred, actual))
print(nn.SmoothL1Loss()(pred, actual), nn.HuberLoss(delta=0.5)(pred, actual))
print(F.mse_loss(pred, actual, reduction="none"))
print(F.one_hot(torch.tensor([0, 2, 1]), num_classes=3))
print(F.normalize(torch.tensor([[3.0, 4.0]]), dim=1))
print(F.leaky_relu(torch.tensor([-1.0, 2.0]), 0.2))

X = torch.arange(20.0).reshape(10, 2)
y = torch.arange(10)
ds = TensorDataset(X, y)
print(len(ds), ds[3])
loader = DataLoader(ds, batch_size=4, shuffle=False, drop_last=True)
print(len(loader))
for xb, yb in loader {
    print(xb.shape, yb)
}
train, test = random_split(ds, [7, 3])
print(len(train), len(test), test[0])


class Squares(Dataset) {
    def __init__(self, n) {
        self.n = n
    }

    def __len__(self) {
        return self.n
    }

    def __getitem__(self, i) {
        return torch.tensor([float(i)]), i * i
    }
}


for xb, yb in DataLoader(Squares(5), batch_size=2, shuffle=True) {
    print(xb.view(-1), yb)
}
