#!/usr/bin/env python3
"""Writes N random PDQ hashes as HMA/ThreatExchange PDQ text (`hash,quality` per line) for import benchmarks.

Usage: bench/lists/make-pdq-list.py N OUT [seed]
The hashes are uniformly random 256-bit values (no image behind them); quality is 50..100.
"""
import random
import sys


def main() -> None:
    count = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 4)
    with open(out, "w", encoding="ascii", newline="\n") as f:
        lines = []
        for i in range(count):
            lines.append(f"{rng.getrandbits(256):064x},{50 + rng.randrange(51)}\n")
            if len(lines) == 100_000:
                f.writelines(lines)
                lines.clear()
        f.writelines(lines)


if __name__ == "__main__":
    main()
