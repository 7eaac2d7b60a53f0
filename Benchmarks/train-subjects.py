#!/usr/bin/env python3
"""Fits the subject model: a conditional logit over the entities that could be a claim's subject.

Reads candidates.tsv written by the SubjectTrainingData test (see its doc comment): one row per
candidate subject of a claim some label states (attribute, value, year), the rules' choice first,
with `right` = a label names this candidate. The score of a candidate is the sum of its features'
weights; the model picks the highest, and replaces the rules' choice only when it wins by at
least the margin. Fitted by gradient descent on the softmax log-likelihood with an L2 penalty.

    python3 Benchmarks/train-subjects.py /tmp/subjects --add Benchmarks/subject-first-sight \
        --folds --l2 0.3 --margin 1.5 [--test SET,...] [--write Pipelines/lexicons/subject-weights.tsv]

`--add` appends the rows of Benchmarks/subject-first-sight: the candidates of the claims the rules
read in HeldOut24-28 before any pass was tuned on them (rules of commit 97e4083, run in a worktree
of that commit with this feature code copied in), in HeldOut29 (rules of the twenty-eighth
pass) and in HeldOut33-35 (rules of commit 69ce83d, session 9, before session 10 changed anything
with those sets in view). A tuned set keeps few of the subjects rules get wrong on new text; these rows are such
mistakes. They hold the features as SubjectCandidates.swift wrote them in session 9: after a
change of the features, regenerate them the same way (a worktree of the old commit, the new
SubjectCandidates.swift and SubjectTrainingData.swift copied in, CROSSCHECK_SUBJECT_EXTRA naming
the sets as "X@first") or leave them out.

Reports, for leave-one-set-out folds over the training sets and for the --test sets (never
trained on): claims whose rules' subject is right, how many the model would turn wrong, how many
wrong ones it would turn right, and how many have no right candidate at all.
"""
import sys, argparse, collections
import numpy as np

def load(path):
    claims = collections.OrderedDict()
    for line in open(path):
        p = line.rstrip("\n").split("\t")
        if p[0] == "set":
            continue
        key = (p[0], p[1], int(p[2]))
        claims.setdefault(key, []).append((p[4] == "1", p[5] == "1", p[6], conjoin(p[7].split())))
    return claims

CONJOIN = []

def conjoin(fs):
    """Adds pairs of features (experiments): `a|b` for each pair of prefixes in CONJOIN."""
    out = list(fs)
    for a, b in CONJOIN:
        xs = [f for f in fs if f.startswith(a)]
        ys = [f for f in fs if f.startswith(b)]
        out += ["%s|%s" % (x, y) for x in xs for y in ys]
    return out

def setname(s):
    return s.split("@")[0]

def fit(claims, keys, vocab, l2=1.0, steps=300):
    idx = {f: i for i, f in enumerate(vocab)}
    rows, cols, ys, starts = [], [], [], []
    n = 0
    for k in keys:
        cands = claims[k]
        right = sum(1 for _, r, _, _ in cands if r)
        if not right:
            continue
        starts.append(n)
        for _, r, _, fs in cands:
            for f in fs:
                if f in idx:
                    rows.append(n)
                    cols.append(idx[f])
            ys.append(1.0 / right if r else 0.0)
            n += 1
    X = np.zeros((n, len(vocab)))
    X[rows, cols] = 1
    y = np.array(ys)
    starts = np.array(starts)
    group = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, n)))
    groups = len(starts)
    w = np.zeros(len(vocab))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    # Adam on the mean negative log-likelihood of the right candidates.
    for t in range(1, steps + 1):
        s = X @ w
        s = s - np.maximum.reduceat(s, starts)[group]
        e = np.exp(s)
        p = e / np.add.reduceat(e, starts)[group]
        g = X.T @ (p - y) / groups + l2 * w / groups
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return dict(zip(vocab, w))

def decide(cands, w, margin):
    scores = [sum(w.get(f, 0) for f in fs) for _, _, _, fs in cands]
    best = max(range(len(cands)), key=lambda j: (scores[j], -j))
    if best != 0 and scores[best] - scores[0] >= margin:
        return best
    return 0

def evaluate(claims, keys, w, margin):
    c = collections.Counter()
    for k in keys:
        cands = claims[k]
        rule_right = cands[0][1]
        any_right = any(r for _, r, _, _ in cands)
        j = decide(cands, w, margin)
        model_right = cands[j][1]
        if rule_right and model_right: c["kept right"] += 1
        elif rule_right: c["turned wrong"] += 1
        elif model_right: c["turned right"] += 1
        elif any_right: c["wrong, right one missed"] += 1
        else: c["wrong, no right candidate"] += 1
    return c

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--test", default="")
    ap.add_argument("--add", action="append", default=[], help="folder with more candidates.tsv rows")
    ap.add_argument("--margin", type=float, default=1.0)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--folds", action="store_true", help="leave-one-set-out over training sets")
    ap.add_argument("--write")
    ap.add_argument("--conjoin", default="", help="a:b,c:d feature prefix pairs")
    a = ap.parse_args()
    CONJOIN.extend(tuple(x.split(":")) for x in a.conjoin.split(",") if x)
    claims = load(a.data + "/candidates.tsv")
    for folder in a.add:
        claims.update(load(folder + "/candidates.tsv"))
    test = set(s for s in a.test.split(",") if s)
    train_keys = [k for k in claims if setname(k[0]) not in test]
    test_keys = [k for k in claims if setname(k[0]) in test]
    def vocab_of(keys):
        cnt = collections.Counter(f for k in keys for _, _, _, fs in claims[k] for f in fs)
        return sorted(f for f, n in cnt.items() if n >= a.min_count)
    base = evaluate(claims, train_keys, {}, 1e9)
    print("training claims:", len(train_keys), dict(base))
    if a.folds:
        margins = sorted(set([0.0, 0.5, 1.0, 1.5, a.margin]))
        total = {m: collections.Counter() for m in margins}
        first = {m: collections.Counter() for m in margins}
        sets = sorted(set(setname(k[0]) for k in train_keys))
        for s in sets:
            tr = [k for k in train_keys if setname(k[0]) != s]
            te = [k for k in train_keys if setname(k[0]) == s]
            w = fit(claims, tr, vocab_of(tr), a.l2)
            for m in margins:
                total[m] += evaluate(claims, te, w, m)
                first[m] += evaluate(claims, [k for k in te if "@" in k[0]], w, m)
        for m in margins:
            t, f = total[m], first[m]
            print("leave-one-set-out, margin %.1f: right %d, wrong %d (at first sight: %d, %d)"
                  % (m, t["turned right"], t["turned wrong"], f["turned right"], f["turned wrong"]))
    w = fit(claims, train_keys, vocab_of(train_keys), a.l2)
    if test_keys:
        print("test before:", dict(evaluate(claims, test_keys, {}, 1e9)))
        for margin in [0.0, 0.5, 1.0, 1.5, 2.0]:
            print("test margin %.1f:" % margin, dict(evaluate(claims, test_keys, w, margin)))
    top = sorted(w.items(), key=lambda kv: -abs(kv[1]))[:25]
    for f, x in top:
        print("  %+.2f %s" % (x, f))
    if a.write:
        with open(a.write, "w") as out:
            out.write("# Subject model: feature<TAB>weight (see Benchmarks/train-subjects.py).\n")
            out.write("margin\t%.3f\n" % a.margin)
            for f in sorted(w):
                if abs(w[f]) >= 0.005:
                    out.write("%s\t%.3f\n" % (f, w[f]))

main()
