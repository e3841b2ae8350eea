#!/usr/bin/env python3
"""Writes N reports in the shape and size of the reference report (about 25 KB each, with diffs)
into DIR/content/SECTION/DATE.md, deterministically."""
import os
import random
import sys

n = int(sys.argv[1])
out = sys.argv[2]
example_path = sys.argv[3]
with open(example_path, encoding="utf-8") as f:
    example = f.read()
front_end = example.index("\n---\n", 4)
body = example[front_end + 5:]
sections = ["openai", "speech", "search", "vision", "language", "agents", "foundry", "ml"]
rng = random.Random(42)
words = ("model quota region deployment fine-tuning endpoint latency token batch limit preview "
         "retirement responses streaming image tool agent index vector search speech").split()
import datetime
start = datetime.date(2000, 1, 1)
for i in range(n):
    section = sections[i % len(sections)]
    day = start + datetime.timedelta(days=i // len(sections))
    os.makedirs(os.path.join(out, "content", section), exist_ok=True)
    summary = " ".join(rng.choice(words) for _ in range(40))
    extra = " ".join(rng.choice(words) for _ in range(300))
    text = ("---\n"
            f"date: '{day.isoformat()}'\n"
            f"permalink: https://github.com/MicrosoftDocs/azure-ai-docs/compare/MicrosoftDocs:{i:07x}...MicrosoftDocs:{i + 1:07x}\n"
            f"summary: '{summary}'\n"
            f"title: '[en_US] Diff Insight Report - {section}'\n"
            f"tags: [{section}, {rng.choice(words)}]\n"
            "---\n\n" + body.replace("Highlights\n", "Highlights\n" + extra + "\n\n", 1))
    with open(os.path.join(out, "content", section, day.isoformat() + ".md"), "w", encoding="utf-8") as f:
        f.write(text)
