"""Reverse image search helpers: pages the user opens themselves. vetlink sends nothing.

A local file cannot be put into these services by a link, so for a file the user gets the
upload pages and one line on what to do; for a photo with a public URL, the search is
pre-filled.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class SearchService:
    name: str
    upload_page: str
    by_url: str  # {url} is replaced by the percent-encoded image URL


SERVICES: tuple[SearchService, ...] = (
    SearchService("Google Lens", "https://lens.google.com/",
                  "https://lens.google.com/uploadbyurl?url={url}"),
    SearchService("Bing Visual Search", "https://www.bing.com/visualsearch",
                  "https://www.bing.com/images/search?view=detailv2&iss=sbi&q=imgurl:{url}"),
    SearchService("TinEye", "https://tineye.com/", "https://tineye.com/search?url={url}"),
    SearchService("Yandex Images", "https://yandex.com/images/",
                  "https://yandex.com/images/search?rpt=imageview&url={url}"),
)


def search_links(image_url: str | None = None) -> list[tuple[str, str]]:
    """(service, link) pairs: pre-filled when the photo has a public http(s) URL."""
    if image_url and image_url.lower().startswith(("http://", "https://")):
        encoded = quote(image_url, safe="")
        return [(s.name, s.by_url.format(url=encoded)) for s in SERVICES]
    return [(s.name, s.upload_page) for s in SERVICES]


def search_advice(image_url: str | None = None) -> list[str]:
    """Advice lines for a person: where to search for the photo, and what a hit means."""
    prefilled = bool(image_url and image_url.lower().startswith(("http://", "https://")))
    how = ("open these to search for the photo's public URL"
           if prefilled else "open one of these and upload or drag the photo into it yourself")
    lines = [f"Search the web for this photo ({how}; vetlink sends it nowhere): "
             + "; ".join(f"{name} {link}" for name, link in search_links(image_url))]
    lines.append("If the same face appears under another name, on a stock-photo site or on a "
                 "model's portfolio, the profile is using a stolen photo.")
    return lines
