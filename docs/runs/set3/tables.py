#!/usr/bin/env python3
"""Tables of docs/results.md ("Shipped set 3") from `genreshift evaluate --json` outputs given as arguments."""
import json, sys

PAPER_SN = {("jazz", "pop"): 32.16, ("classic", "pop"): 61.88, ("jazz", "classic"): 63.98}
rows, cc = [], []
for f in sys.argv[1:]:
    e = json.load(open(f))
    a, b = e["pair"]; p = e["shares_percent"]
    rows.append(f"| {a}, {b} | {p['p_a_x_a']:.2f} | {p['p_b_x_b']:.2f} | {p['p_a_xhat_b']:.2f} | {p['p_a_xtilde_a']:.2f} "
                f"| {p['p_b_xhat_a']:.2f} | {p['p_b_xtilde_b']:.2f} | {e['s_a_to_b']:.2f} | {e['s_b_to_a']:.2f} "
                f"| **{e['s_tot']:.2f} %** | {PAPER_SN[(a, b)]:.2f} % | {e['content_change']:.2f} |")
    for d in (f"{a}->{b}", f"{b}->{a}"):
        c = e["directions"][d]["content_change"]
        ratio = 1 + c["added"]["mean"] - c["removed"]["mean"]
        cc.append(f"| {d.replace('->', '→')} | {c['added']['mean']:.2f} | {c['removed']['mean']:.2f} "
                  f"| {c['total']['mean']:.2f} ± {c['total']['std']:.2f} | {ratio:.2f}× |")
print("| Pair (A, B) | acc. A | acc. B | A→B | A→B→A | B→A | B→A→B | S_A→B | S_B→A | **S_tot** | paper SN S_tot | content change (mean of both) |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
print("\n".join(rows))
print()
print("| Direction | added | removed | total (mean ± std) | output / source cells |")
print("|---|---|---|---|---|")
print("\n".join(cc))
