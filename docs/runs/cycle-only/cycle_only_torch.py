#!/usr/bin/env python3
"""Cross-check of CycleOnlyExperiment in PyTorch: the peer's generator (cyclegan_peer.py, same layers), trained with the
cycle loss alone (lambda 10, Adam 2e-4 / 0.5) on the same prepared phrases, batch 16. Prints the cycle loss next to the
loss of an all-empty output. Usage: cycle_only_torch.py DATA_DIR GENRE_A GENRE_B WIDTH RES STEPS [--sn] [--lr 2e-4]"""
import struct, sys, time, numpy as np, torch, torch.nn as nn, torch.nn.functional as F
data, ga, gb, width, res, steps = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
sn = "--sn" in sys.argv
lr = float(sys.argv[sys.argv.index("--lr") + 1]) if "--lr" in sys.argv else 2e-4
torch.manual_seed(19); np.random.seed(1); torch.set_num_threads(1)

def load(genre):
    b = open(f"{data}/{genre}_train.phrases", "rb").read()
    assert b[:4] == b"GSPH"
    _, n, per = struct.unpack(">iii", b[4:16])
    off = 16 + 4 * n
    bits = np.unpackbits(np.frombuffer(b[off:off + n * per], dtype=np.uint8).reshape(n, per), axis=1, bitorder="little")
    return bits[:, :5376].reshape(n, 1, 64, 84).astype(np.float32)

A, B = load(ga), load(gb)

def conv(cin, cout, k, s=1, pad=0):
    c = nn.Conv2d(cin, cout, k, s, pad, bias=False)
    nn.init.trunc_normal_(c.weight, std=0.02)
    return nn.utils.spectral_norm(c) if sn else c

class Res(nn.Module):
    def __init__(s, c):
        super().__init__()
        s.b = nn.Sequential(nn.ReflectionPad2d(1), conv(c, c, 3), nn.InstanceNorm2d(c, affine=True), nn.ReLU(True),
                            nn.ReflectionPad2d(1), conv(c, c, 3), nn.InstanceNorm2d(c, affine=True))
    def forward(s, x):
        return F.relu(x + s.b(x))

def generator(f, nres):
    L = [nn.ReflectionPad2d(3), conv(1, f, 7), nn.InstanceNorm2d(f, affine=True), nn.ReLU(True),
         conv(f, 2 * f, 3, 2, 1), nn.InstanceNorm2d(2 * f, affine=True), nn.ReLU(True),
         conv(2 * f, 4 * f, 3, 2, 1), nn.InstanceNorm2d(4 * f, affine=True), nn.ReLU(True)]
    L += [Res(4 * f) for _ in range(nres)]
    d1 = nn.ConvTranspose2d(4 * f, 2 * f, 3, 2, 1, output_padding=1, bias=False)
    d2 = nn.ConvTranspose2d(2 * f, f, 3, 2, 1, output_padding=1, bias=False)
    nn.init.trunc_normal_(d1.weight, std=0.02); nn.init.trunc_normal_(d2.weight, std=0.02)
    L += [d1, nn.InstanceNorm2d(2 * f, affine=True), nn.ReLU(True), d2, nn.InstanceNorm2d(f, affine=True), nn.ReLU(True),
          nn.ReflectionPad2d(3), conv(f, 1, 7), nn.Sigmoid()]
    return nn.Sequential(*L)

gab, gba = generator(width, res), generator(width, res)
opt = torch.optim.Adam(list(gab.parameters()) + list(gba.parameters()), lr, betas=(0.5, 0.999))
acc = base = 0.0
t = time.time()
for s in range(1, steps + 1):
    xa = torch.from_numpy(A[np.random.randint(0, len(A), 16)]); xb = torch.from_numpy(B[np.random.randint(0, len(B), 16)])
    fb = gab(xa); fa = gba(xb)
    cyc = 10 * ((xa - gba(fb)).abs().mean() + (xb - gab(fa)).abs().mean())
    opt.zero_grad(); cyc.backward(); opt.step()
    acc += cyc.item(); base += 10 * (xa.mean().item() + xb.mean().item())
    if s % 10 == 0:
        print(f"TORCH step {s} cycle {acc / 10:.3f} empty-baseline {base / 10:.3f} fb>0.5 {(fb > 0.5).float().mean().item():.4f} max {fb.max().item():.3f}", flush=True)
        acc = base = 0.0
print(f"TORCH {steps} steps in {time.time() - t:.0f} s")
