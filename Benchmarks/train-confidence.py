#!/usr/bin/env python3
"""Fits the claim-confidence weights and measures them by leave-one-set-out cross-validation.

Input: the folder written by the ClaimConfidenceTrainingData test

    CROSSCHECK_CONFIDENCE_DATA=/tmp/conf swift test --filter ClaimConfidenceTrainingData

holding claims.tsv (every claim the rules read in the labelled sets, threshold 0, with its
features and the labels it matches) and labels.tsv. A claim is "correct" when the scorer of
LabelledClaimsTests matches it to a label (each label takes the first unused claim that matches)
or it restates a label already matched.

    python3 Benchmarks/train-confidence.py /tmp/conf            # cross-validation table
    python3 Benchmarks/train-confidence.py /tmp/conf --write Pipelines/lexicons/claim-confidence.tsv
    python3 Benchmarks/train-confidence.py /tmp/conf --holdout HeldOut14 --thresholds 0,0.5,0.8,0.9

With --holdout, that set is left out of everything else (cross-validation, --write) and scored
once, at the end, by a model fitted on all the other sets: the honest figure for unseen text.

Sets added with CROSSCHECK_CONFIDENCE_EXTRA under a name "X@first" hold the claims the rules read
in set X before any pass was tuned on it; Benchmarks/confidence-first-sight keeps those of
HeldOut24 to HeldOut28 (read with the twenty-third-pass rules), added with
--add Benchmarks/confidence-first-sight, since later rules can no longer produce them. They train the model on the mistakes rules make on new
text (a tuned set keeps few of those), and are reported pooled as "at first sight"; a fold of the
cross-validation, and --holdout, take X and X@first out together. Measured on 29 sets (five at
first sight), they raised the cross-validated AUC on the first-sight claims from 0.805 to 0.827.

The model is L2-regularised logistic regression over binary features (the intercept is not
regularised), fitted by Newton's method; numpy only. Scores are recomputed for each threshold
the way the Swift scorer does it: claims below the threshold are dropped before matching.
"""

import argparse
import collections
import datetime
import sys

import numpy as np

# The sets of the data (filled in by main from claims.tsv).
SETS = []
# The sets no rule pass was tuned on.
UNSEEN = ["HeldOut20"]
# The set --holdout left out, named in the lexicon written.
HOLDOUT = None


def group(s):
    """The set a name belongs to: "HeldOut26@first" (its claims at the rules' first sight of it,
    added with CROSSCHECK_CONFIDENCE_EXTRA) goes with "HeldOut26", so that leaving a set out
    leaves out every reading of it."""
    return s.split("@")[0]


def load(folder, extra=()):
    """The rows of folder, then those of each extra folder (same layout; headers skipped)."""
    claims, labels = load_one(folder)
    for e in extra:
        c, l = load_one(e)
        claims += c
        labels += l
    return claims, labels


def load_one(folder):
    claims = []
    with open(folder + "/claims.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            s, file, idx, matches, _conf, feats = line.rstrip("\n").split("\t")
            claims.append({
                "set": s, "file": file, "index": int(idx),
                "matches": [int(m) for m in matches.split(",") if m],
                "features": feats.split(" ") if feats else [],
            })
    labels = []
    with open(folder + "/labels.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            s, file, idx, hard = line.rstrip("\n").split("\t")
            labels.append({"set": s, "file": file, "index": int(idx), "hard": hard == "1"})
    return claims, labels


def score(claims, labels, keep):
    """Precision, plain recall and hard recall (with counts) of the claims where keep is true."""
    by_file = collections.defaultdict(list)
    for c, k in zip(claims, keep):
        if k:
            by_file[(c["set"], c["file"])].append(c)
    kept = int(sum(keep))
    correct = plain = plain_found = hard = hard_found = 0
    label_files = collections.defaultdict(list)
    for l in labels:
        label_files[(l["set"], l["file"])].append(l)
    for key, ls in label_files.items():
        found = sorted(by_file.get(key, []), key=lambda c: c["index"])
        used = [False] * len(found)
        for l in sorted(ls, key=lambda l: l["index"]):
            hit = next((i for i, c in enumerate(found) if not used[i] and l["index"] in c["matches"]), None)
            if hit is not None:
                used[hit] = True
                correct += 1
            if l["hard"]:
                hard += 1
                hard_found += hit is not None
            else:
                plain += 1
                plain_found += hit is not None
        # A claim stating an already matched label again is right too, as the scorer counts it.
        correct += sum(1 for i, c in enumerate(found) if not used[i] and c["matches"])
    return {
        "claims": kept, "correct": correct, "plain": plain, "plain_found": plain_found,
        "hard": hard, "hard_found": hard_found,
        "p": correct / kept if kept else 0.0,
        "rp": plain_found / plain if plain else 0.0,
        "rh": hard_found / hard if hard else 0.0,
    }


def correctness(claims, labels):
    """1 for each claim the scorer matches to a label when nothing is dropped, else 0."""
    by_file = collections.defaultdict(list)
    for n, c in enumerate(claims):
        by_file[(c["set"], c["file"])].append(n)
    y = np.zeros(len(claims))
    label_files = collections.defaultdict(list)
    for l in labels:
        label_files[(l["set"], l["file"])].append(l)
    for key, ns in by_file.items():
        ns = sorted(ns, key=lambda n: claims[n]["index"])
        used = set()
        for l in sorted(label_files.get(key, []), key=lambda l: l["index"]):
            hit = next((n for n in ns if n not in used and l["index"] in claims[n]["matches"]), None)
            if hit is not None:
                used.add(hit)
                y[hit] = 1
        # Claims that restate a matched label are right as well.
        for n in ns:
            if claims[n]["matches"]:
                y[n] = 1
    return y


def design(claims, vocabulary):
    index = {f: k for k, f in enumerate(vocabulary)}
    X = np.zeros((len(claims), len(vocabulary) + 1))
    X[:, 0] = 1.0
    for n, c in enumerate(claims):
        for f in c["features"]:
            k = index.get(f)
            if k is not None:
                X[n, k + 1] = 1.0
    return X


def fit(X, y, l2, iterations=100):
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[0] = 1e-6  # the intercept is (almost) free
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-(X @ w)))
        gradient = X.T @ (p - y) + reg * w
        hessian = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-9:
            break
    return w


def train(claims, y, l2):
    vocabulary = sorted({f for c in claims for f in c["features"]})
    w = fit(design(claims, vocabulary), y, l2)
    return vocabulary, w


def predict(claims, vocabulary, w):
    # Rounded as the Swift side rounds, so thresholds cut the same claims.
    return np.round(1 / (1 + np.exp(-(design(claims, vocabulary) @ w))), 3)


def cross_validate(claims, labels, y, l2):
    """Confidence of each claim from a model fitted on the other sets."""
    p = np.zeros(len(claims))
    for g in sorted({group(s) for s in SETS}):
        test = np.array([group(c["set"]) == g for c in claims])
        train_claims = [c for c, t in zip(claims, test) if not t]
        vocabulary, w = train(train_claims, y[~test], l2)
        p[test] = predict([c for c, t in zip(claims, test) if t], vocabulary, w)
    return p


def row(name, s):
    return "| %s | %d/%d | %.3f | %.3f (%d/%d) | %.3f (%d/%d) |" % (
        name, s["correct"], s["claims"], s["p"], s["rp"], s["plain_found"], s["plain"],
        s["rh"], s["hard_found"], s["hard"])


def subset(claims, labels, p, sets):
    idx = [n for n, c in enumerate(claims) if c["set"] in sets]
    return [claims[n] for n in idx], [l for l in labels if l["set"] in sets], p[idx]


def report(claims, labels, p, thresholds):
    tuned = [s for s in SETS if s not in UNSEEN and "@" not in s]
    first = [s for s in SETS if "@" in s]
    for t in thresholds:
        print("\n### threshold %.2f\n" % t)
        print("| set | correct/claims | precision | recall plain | recall hard |")
        print("|---|---|---|---|---|")
        for s in SETS:
            cs, ls, ps = subset(claims, labels, p, [s])
            print(row(s, score(cs, ls, ps >= t)))
        cs, ls, ps = subset(claims, labels, p, tuned)
        print(row("pooled, %d tuned sets" % len(tuned), score(cs, ls, ps >= t)))
        if first:
            cs, ls, ps = subset(claims, labels, p, first)
            print(row("pooled, %d at first sight" % len(first), score(cs, ls, ps >= t)))
        print(row("pooled, all %d" % len(SETS), score(claims, labels, p >= t)))


def auc(p, y):
    """The chance that a correct claim scores above a false one (ties count half)."""
    pos, neg = p[y == 1], p[y == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    return float(np.mean((pos[:, None] > neg[None, :]) + 0.5 * (pos[:, None] == neg[None, :])))


def calibration(claims, y, p):
    print("\n| set | false claims | mean confidence | precision | AUC |")
    print("|---|---|---|---|---|")
    tuned = [s for s in SETS if s not in UNSEEN and "@" not in s]
    first = [s for s in SETS if "@" in s]
    groups = [(s, [s]) for s in SETS] + [("%d tuned sets" % len(tuned), tuned)] + (
        [("%d at first sight" % len(first), first)] if first else []) + [
        ("all %d" % len(SETS), SETS)]
    for name, sets in groups:
        m = np.array([c["set"] in sets for c in claims])
        print("| %s | %d | %.3f | %.3f | %.3f |" % (
            name, int((1 - y[m]).sum()), p[m].mean(), y[m].mean(), auc(p[m], y[m])))


def write(path, vocabulary, w, l2, claims, y):
    counts = collections.Counter(c["set"] for c in claims)
    lines = [
        "# Claim confidence: weights of a logistic model over structural features of a claim (see",
        "# ClaimFeatures.swift). confidence = 1 / (1 + exp(-(bias + sum of the weights of the claim's",
        "# features))); a feature not listed weighs 0. Columns: feature, weight (tab-separated).",
        "#",
        "# Trained %s by Benchmarks/train-confidence.py (L2 %.2f, intercept free) on every claim"
        % (datetime.date.today().isoformat(), l2),
        "# the rules read in the %d labelled sets under Tests/CrosscheckClaimsTests (%d claims, %d"
        % (len([s for s in SETS if "@" not in s]), len(claims), int(y.sum())),
        "# matched to a label)%s." % (
            ",\n# with the claims of %s as the rules first\n# read them, before any pass was"
            " tuned on them (Benchmarks/confidence-first-sight)"
            % ", ".join(group(s) for s in SETS if "@" in s)
            if any("@" in s for s in SETS) else ""),
        "# Measured by leave-one-set-out cross-validation (see the report of",
        "# this script); the claims stage drops claims below its min-confidence (default 0).",
        "# Retrain after a rule pass changes which claims are read, after a new labelled set is",
        "# added, or after a feature is added in ClaimFeatures.swift:",
        "#   CROSSCHECK_CONFIDENCE_DATA=/tmp/conf swift test --filter ClaimConfidenceTrainingData",
        "#   python3 Benchmarks/train-confidence.py /tmp/conf --add Benchmarks/confidence-first-sight \\",
        "#     %s--write Pipelines/lexicons/claim-confidence.tsv" % (
            "--holdout %s " % HOLDOUT if HOLDOUT else ""),
        "# Weights may also be edited by hand; no rebuild is needed.",
        "bias\t%.4f" % w[0],
    ]
    for f, x in sorted(zip(vocabulary, w[1:]), key=lambda fx: fx[0]):
        if abs(x) >= 0.00005:
            lines.append("%s\t%.4f" % (f, x))
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print("wrote %s (%d weights)" % (path, len(lines) - 13), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", help="folder with claims.tsv and labels.tsv")
    ap.add_argument("--l2", type=float, default=3.0,
                    help="L2 penalty on each weight (default 3, the best cross-validated log-loss "
                         "on the 14 sets other than HeldOut14, HeldOut12 and HeldOut13 weighted 3x)")
    ap.add_argument("--thresholds", default="0,0.3,0.5,0.6,0.7,0.8")
    ap.add_argument("--write", help="write the lexicon, fitted on all the sets, to this path")
    ap.add_argument("--holdout", help="leave this set out of everything and score it once at the end")
    ap.add_argument("--add", action="append", default=[],
                    help="another folder of claims.tsv and labels.tsv to train on, such as "
                         "Benchmarks/confidence-first-sight (the rules' first sight of new sets)")
    args = ap.parse_args()

    global SETS, HOLDOUT
    HOLDOUT = args.holdout
    claims, labels = load(args.data, args.add)
    # The sets the data holds, in their order: the repository's and any added as "X@first".
    SETS = list(dict.fromkeys(c["set"] for c in claims))
    held = None
    if args.holdout:
        if args.holdout not in SETS:
            sys.exit("unknown set %s" % args.holdout)
        gone = group(args.holdout)
        held = ([c for c in claims if c["set"] == args.holdout],
                [l for l in labels if l["set"] == args.holdout])
        claims = [c for c in claims if group(c["set"]) != gone]
        labels = [l for l in labels if group(l["set"]) != gone]
        SETS = [s for s in SETS if group(s) != gone]
    y = correctness(claims, labels)
    p = cross_validate(claims, labels, y, args.l2)
    print("# Leave-one-set-out cross-validation (L2 %.2f): %d claims, %d correct, %d labels"
          % (args.l2, len(claims), int(y.sum()), len(labels)))
    calibration(claims, y, p)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    report(claims, labels, p, thresholds)
    if held:
        vocabulary, w = train(claims, y, args.l2)
        hc, hl = held
        hp, hy = predict(hc, vocabulary, w), correctness(hc, hl)
        print("\n# %s, scored once by the model fitted on the %d other sets: %d claims, %d false,"
              " AUC %.3f\n" % (args.holdout, len(SETS), len(hc), int((1 - hy).sum()), auc(hp, hy)))
        print("| threshold | correct/claims | precision | recall plain | recall hard |")
        print("|---|---|---|---|---|")
        for t in thresholds:
            print(row("%.2f" % t, score(hc, hl, hp >= t)))
    if args.write:
        vocabulary, w = train(claims, y, args.l2)
        write(args.write, vocabulary, w, args.l2, claims, y)


if __name__ == "__main__":
    main()
