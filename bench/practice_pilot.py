"""Practice-mode pilot: new employees go through one whole practice set in real Chromium, then
the security team's aggregate view is read for that run.

    .venv/bin/python bench/practice_pilot.py [--pilots 5] [--chromium PATH]

A throw-away server (demo data, SQLite) gets ``--pilots`` new users in one department (at least
5, so the k-anonymous insights view shows it) and one analyst. Each pilot answers with a fixed,
imperfect strategy a newcomer might use: tick a hallmark when two of the longer words of its
title (or one, for short titles) appear in the item's text; report with 3 or more ticks, verify
with 1-2, accept with none. The first pilot's set is printed item by item (caught, missed, false
alarms, choice); then every pilot's score and time; then, as the same-run baseline, the score
the same items would get from a learner who ticks nothing and always chooses "verify first",
and from one who ticks every box and always reports (computed with the same marking code);
and last the insights page's figures.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

DEPARTMENT = "Pilot department"
STOP = {"about", "their", "there", "which", "would", "other", "after", "under", "through",
        "asks", "your", "with", "from", "that", "this", "than", "into", "very", "much",
        "shown", "gives", "looks", "reads", "sends", "using", "since", "before"}


@dataclass
class ItemRun:
    title: str
    truth: str
    choice: str
    ticked: list[str]
    caught: int = 0
    missed: int = 0
    wrong: int = 0
    score: int = 0
    key: str = ""


@dataclass
class SetRun:
    user: str
    items: list[ItemRun] = field(default_factory=list)
    seconds: float = 0.0
    summary_score: int = 0


def serve(data_dir: str) -> tuple[subprocess.Popen[bytes], str, dict[str, str]]:
    env = dict(os.environ, VETLINK_DATA_DIR=data_dir)
    env.pop("VETLINK_DATABASE_URL", None)
    subprocess.run([sys.executable, "-m", "vetlink.cli", "demo"], env=env, check=True,
                   capture_output=True)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "vetlink.cli", "serve", "--port",
                             str(port)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{base}/login", timeout=1).status_code == 200:
                return proc, base, env
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("server did not start")


def add_users(env: dict[str, str], pilots: int) -> dict[str, str]:
    passwords: dict[str, str] = {}
    for n in range(pilots + 1):
        name = "pilot-analyst" if n == pilots else f"pilot{n + 1}"
        role = "analyst" if n == pilots else "reporter"
        passwords[name] = secrets.token_urlsafe(12)
        args = ["users", "add", name, "--role", role, "--password-stdin"]
        if role == "reporter":
            args += ["--department", DEPARTMENT]
        subprocess.run([sys.executable, "-m", "vetlink.cli", *args], env=env, check=True,
                       capture_output=True, input=(passwords[name] + "\n").encode())
    return passwords


def words_of(title: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]{4,}", title.lower()) if w not in STOP]


def strategy(title: str, text: str) -> bool:
    """Tick when the title's words show up in the text (the newcomer's guess)."""
    words = words_of(title)
    hits = sum(1 for w in words if w[:5] in text)
    return hits >= (1 if len(words) <= 2 else 2)


def sign_in(page: Any, base: str, name: str, password: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def count(text: str, heading: str) -> int:
    found = re.search(re.escape(heading) + r" \((\d+)\)", text)
    return int(found.group(1)) if found else 0


def answer_item(page: Any) -> ItemRun:
    title = page.inner_text("h1").split(": ", 1)[-1]
    key = page.get_attribute("input[name=item]", "value") or ""
    text = " ".join(page.locator(".practice-profile, .practice-messages").all_inner_texts())
    text = text.lower()
    ticked = []
    for label in page.locator(".checklist label").all():
        if strategy(label.inner_text(), text):
            label.locator("input").check()
            ticked.append(label.inner_text().strip())
    choice = "report" if len(ticked) >= 3 else "verify" if ticked else "accept"
    page.locator(f"input[name=choice][value={choice}]").check()
    page.click("form.practice-answer button[type=submit]")
    page.wait_for_selector(".feedback")
    feedback = page.inner_text(".feedback")
    truth = "hostile" if "hostile" in feedback.split("You chose")[0].lower() else "genuine"
    score = re.search(r"Score for this item: (\d+) %", feedback)
    return ItemRun(title=title, truth=truth, choice=choice, ticked=ticked, key=key,
                   caught=count(feedback, "You caught"), missed=count(feedback, "You missed"),
                   wrong=count(feedback, "Marked but not there"),
                   score=int(score.group(1)) if score else 0)


def run_set(browser: Any, base: str, name: str, password: str) -> SetRun:
    page = browser.new_context(viewport={"width": 390, "height": 800}).new_page()
    sign_in(page, base, name, password)
    run = SetRun(user=name)
    began = time.perf_counter()
    page.goto(f"{base}/practice")
    page.click("form[action='/practice/start'] button")
    while True:
        page.wait_for_selector("form.practice-answer, .feedback, h1")
        if not page.locator("form.practice-answer").count():
            break
        run.items.append(answer_item(page))
        nxt = page.locator("a.next")
        if "summary" in (nxt.get_attribute("href") or ""):
            nxt.click()
            break
        nxt.click()
    run.seconds = time.perf_counter() - began
    page.wait_for_selector("h1")
    found = re.search(r"Your set: (\d+) %", page.inner_text("h1"))
    run.summary_score = int(found.group(1)) if found else -1
    page.context.close()
    return run


def baselines(keys: list[str]) -> tuple[int, int]:
    """Scores on the same items of 'tick nothing, verify' and 'tick all, report'."""
    from vetlink.practice.items import shipped_items
    from vetlink.practice.marking import checklist, mark

    items = [i for i in shipped_items() if i.key in keys]
    nothing = [mark(i, [], "verify").score for i in items]
    everything = [mark(i, [h.id for h in checklist(i)], "report").score for i in items]
    return (round(100 * sum(nothing) / len(items)), round(100 * sum(everything) / len(items)))


def insights(browser: Any, base: str, password: str) -> str:
    page = browser.new_context().new_page()
    sign_in(page, base, "pilot-analyst", password)
    page.goto(f"{base}/practice/insights")
    text: str = page.inner_text("main")
    page.context.close()
    return text


def report(runs: list[SetRun], insight_text: str) -> None:
    first = runs[0]
    print(f"== {first.user}: one whole set, item by item (strategy: title words in the text)")
    print(f"{'item':<48} {'truth':<8} {'choice':<7} {'caught':>6} {'missed':>6} "
          f"{'false':>5} {'score':>5}")
    for item in first.items:
        print(f"{item.title[:47]:<48} {item.truth:<8} {item.choice:<7} {item.caught:>6} "
              f"{item.missed:>6} {item.wrong:>5} {item.score:>4}%")
    caught = sum(i.caught for i in first.items)
    missed = sum(i.missed for i in first.items)
    print(f"caught {caught} of {caught + missed} expert hallmarks "
          f"({100 * caught / max(caught + missed, 1):.0f} %), "
          f"{sum(i.wrong for i in first.items)} false alarms, "
          f"set score {first.summary_score} %, {first.seconds:.1f} s in Chromium")
    nothing, everything = baselines([i.key for i in first.items])
    print(f"same items, baseline 'tick nothing, verify': {nothing} %; "
          f"'tick everything, report': {everything} %")
    print("\n== every pilot")
    for run in runs:
        c = sum(i.caught for i in run.items)
        m = sum(i.missed for i in run.items)
        print(f"{run.user:<10} items {len(run.items)}  score {run.summary_score:>3} %  "
              f"caught {c}/{c + m}  false alarms {sum(i.wrong for i in run.items):>2}  "
              f"time {run.seconds:5.1f} s")
    print("\n== the security team's view (/practice/insights) for this run")
    print(insight_text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pilots", type=int, default=5)
    parser.add_argument("--chromium", default=os.environ.get("VETLINK_TEST_CHROMIUM",
                                                             "/usr/bin/chromium"))
    args = parser.parse_args()
    if not Path(args.chromium).exists():
        raise SystemExit(f"Chromium not found at {args.chromium}")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as data:
        proc, base, env = serve(data)
        try:
            passwords = add_users(env, args.pilots)
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=args.chromium,
                                             args=["--no-sandbox"])
                runs = [run_set(browser, base, f"pilot{n + 1}", passwords[f"pilot{n + 1}"])
                        for n in range(args.pilots)]
                seen = insights(browser, base, passwords["pilot-analyst"])
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    report(runs, seen)


if __name__ == "__main__":
    main()
