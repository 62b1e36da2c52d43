"""Wraps each plain-text article of a folder in a news site's page: bench/html/run.sh compares building both."""
import html
import json
import os
import sys

src, dst = sys.argv[1], sys.argv[2]

MENU = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(1, 25))
RELATED = "".join(f'<li><a href="/news/{i}">Another headline about talks between ministers, number {i}</a></li>'
                  for i in range(1, 9))
FOOTER = "".join(f'<a href="/page/{i}">Footer link {i}</a> ' for i in range(1, 30))


def page(title, paragraphs, name):
    meta = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
            "datePublished": "2024-05-06T08:00:00Z", "publisher": {"@type": "Organization", "name": "Bench Herald"}}
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | Bench Herald</title>
<meta property="og:title" content="{html.escape(title)}"><meta property="og:site_name" content="Bench Herald">
<link rel="canonical" href="https://herald.example.org/news/{name}">
<script type="application/ld+json">{json.dumps(meta)}</script>
<style>body{{font-family:serif}} .nav li{{display:inline}} .share a{{margin:0 4px}}</style>
<script>window.analytics = {{"page": "{name}", "section": "world", "tags": ["diplomacy", "europe"]}};</script>
</head><body class="article-page">
<div class="cookie-banner">We use cookies to give you the best experience. <button>Accept</button></div>
<header class="site-header"><nav class="nav"><ul>{MENU}</ul></nav></header>
<div class="layout"><main><article>
<h1>{html.escape(title)}</h1>
<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div>
<div class="article-body">
{body}
</div>
<section class="related"><h3>Related</h3><ul>{RELATED}</ul></section>
</article></main>
<aside class="sidebar"><h3>Most read</h3><ul>{RELATED}</ul></aside></div>
<footer class="site-footer">{FOOTER}<p>&copy; 2024 Bench Herald</p></footer>
</body></html>
"""


for dirpath, _, files in os.walk(src):
    for f in files:
        if not f.endswith(".txt"):
            continue
        path = os.path.join(dirpath, f)
        with open(path, encoding="utf-8") as fh:
            blocks = [b.strip() for b in fh.read().split("\n\n") if b.strip()]
        if not blocks:
            continue
        title, paragraphs = blocks[0].replace("\n", " "), [b.replace("\n", " ") for b in blocks[1:]]
        out_dir = os.path.join(dst, os.path.relpath(dirpath, src))
        os.makedirs(out_dir, exist_ok=True)
        name = f[:-4]
        with open(os.path.join(out_dir, name + ".html"), "w", encoding="utf-8") as out:
            out.write(page(title, paragraphs, name))
