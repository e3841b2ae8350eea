# Parses a feed with Python's feedparser (an independent parser) and prints what it saw.
import json
import sys

import feedparser

feed = feedparser.parse(sys.argv[1])
print(json.dumps({
    "bozo": bool(feed.bozo),
    "bozo_exception": str(feed.get("bozo_exception", "")),
    "version": feed.version,
    "title": feed.feed.get("title", ""),
    "language": feed.feed.get("language", ""),
    "entries": [{"title": e.get("title", ""), "link": e.get("link", ""),
                 "published": e.get("published", e.get("updated", "")),
                 "content": (e.get("content") or [{}])[0].get("value", e.get("summary", ""))} for e in feed.entries],
}))
