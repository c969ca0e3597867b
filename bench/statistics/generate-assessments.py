#!/usr/bin/env python3
"""Writes a synthetic assessment CSV for the statistics benchmark (docs/PERFORMANCE.md, issue 8).

Deterministic (seeded). Ids, hashes and example.invalid URLs only. Shape like ../shared/stats/assessments.csv:
three years, ~10% re-sightings of earlier content in other reports, ~8% first grades superseded on verification,
some suspected / non-photographic / not-indecent / non-AI rows, ~40 rows per report.

usage: generate-assessments.py ROWS OUT.csv
"""
import hashlib
import random
import sys

HEADER = ("assessment_id,report_id,url,reported_at,assessed_at,content_sha256,media_type,ai,category,sex,"
          "age_band,site_type,network,verified,supersedes\n")
AGES = ["0-2", "3-6", "7-10", "11-13", "14-15", "16-17"]
SITES = ["website", "forum", "image-host", "file-host", "social-network", "chatbot"]


def main() -> None:
    rows, path = int(sys.argv[1]), sys.argv[2]
    rnd = random.Random(8)
    written = 0
    seen = []  # a bounded sample of earlier content for re-sightings
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER)
        n = 0
        while written < rows:
            n += 1
            year = rnd.choice((2023, 2024, 2024, 2025, 2025, 2025))
            report = f"r{year}-{n // 40:07d}"
            month, day = rnd.randint(1, 12), rnd.randint(1, 28)
            reported = f"{year}-{month:02d}-{day:02d}T08:00:00Z"
            assessed = f"{year}-{month:02d}-{day:02d}T15:30:00Z"
            if seen and rnd.random() < 0.10:
                sha, media = rnd.choice(seen)
            else:
                sha = hashlib.sha256(f"content-{n}".encode()).hexdigest()
                media = "video" if rnd.random() < 0.3 else "image"
                if len(seen) < 100_000:
                    seen.append((sha, media))
            r = rnd.random()
            ai, category = ("confirmed", rnd.choice("AABBC"))
            if r < 0.02:
                ai = "suspected"
            elif r < 0.03:
                category = "NPI"
            elif r < 0.04:
                category = "none"
            elif r < 0.10:
                ai = "no"
            sex = "girls" if rnd.random() < 0.95 else rnd.choice(("boys", "both", "unknown"))
            fields = [report, f"https://example.invalid/{report}/{sha[:12]}", reported, assessed, sha, media, ai, category,
                      sex, rnd.choice(AGES), rnd.choice(SITES), "dark" if rnd.random() < 0.25 else "clear"]
            first = f"as-{n:08d}"
            if rnd.random() < 0.08 and written + 2 <= rows:
                # First grade (unverified) overturned on verification by a second assessment.
                overturned = fields.copy()
                overturned[7] = "B" if category != "B" else "C"
                out.write(",".join([first, *overturned, "no", ""]) + "\n")
                out.write(",".join([f"as-{n:08d}v", *fields, "yes", first]) + "\n")
                written += 2
            else:
                out.write(",".join([first, *fields, "yes", ""]) + "\n")
                written += 1


if __name__ == "__main__":
    main()
