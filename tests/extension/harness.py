"""End-to-end harness for the browser extension (tests and bench): Chromium with the
unpacked extension, www.linkedin.com mapped to the loopback fixture site (every other host
name resolves to nothing, so the real site and the internet are never contacted), a real
vetlink server (uvicorn subprocess, temporary data directory, demo users), extension tokens
issued through the admin page, and the result panel read through the DevTools protocol
(it lives in a closed shadow root, which page scripts cannot read)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from tests.e2e.conftest import free_port, wait_until_up
from tests.extension.pages import EXTENSION

LINKEDIN = "https://www.linkedin.com"
ADMIN = ("admin", "admin-demo-2026")
ALICE = ("alice", "alice-demo-2026")


def launch(playwright: Any, user_data_dir: Path, executable: str, site_port: int) -> Any:
    """A persistent Chromium context with the unpacked extension loaded (headless=new)."""
    rules = f"MAP www.linkedin.com 127.0.0.1:{site_port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
    return playwright.chromium.launch_persistent_context(
        str(user_data_dir), executable_path=executable, headless=True,
        ignore_https_errors=True, viewport={"width": 1280, "height": 900},
        args=["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
              "--disable-background-networking", "--disable-component-update",
              "--disable-sync", "--disable-quic", f"--host-resolver-rules={rules}",
              "--ignore-certificate-errors",
              f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}"])


def service_worker(context: Any) -> Any:
    workers = [w for w in context.service_workers if w.url.startswith("chrome-extension://")]
    return workers[0] if workers else context.wait_for_event("serviceworker", timeout=30000)


def extension_id(worker: Any) -> str:
    return str(worker.url.split("/")[2])


class Vetlink:
    """A vetlink server in a subprocess; its access log (one line per request) is kept."""

    def __init__(self, data_dir: Path, origin: str, per_minute: int = 1000) -> None:
        self.env = dict(os.environ, VETLINK_DATA_DIR=str(data_dir),
                        VETLINK_EXTENSION_ORIGINS=origin,
                        VETLINK_EXTENSION_CHECKS_PER_MINUTE=str(per_minute),
                        PYTHONUNBUFFERED="1")  # the access log is read while it runs
        self.env.pop("VETLINK_DATABASE_URL", None)
        subprocess.run([sys.executable, "-m", "vetlink.cli", "demo"], env=self.env,
                       check=True, capture_output=True, timeout=300)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = data_dir / "access.log"
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "--factory", "vetlink.web.app:create_app",
                 "--host", "127.0.0.1", "--port", str(self.port), "--access-log",
                 "--no-proxy-headers"], env=self.env, stdout=out, stderr=subprocess.STDOUT)
        wait_until_up(self.base, self.process)

    def requests(self) -> list[str]:
        """``METHOD /path`` of every request the server has answered so far."""
        text = self.log.read_text("utf-8", errors="replace")
        return re.findall(r'"([A-Z]+ [^ ]+) HTTP/1\.1"', text)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)

    def signed_in(self, who: tuple[str, str]) -> tuple[httpx.Client, str]:
        client = httpx.Client(base_url=self.base, timeout=30)
        page = client.get("/login").text
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert csrf
        done = client.post("/login", data={"username": who[0], "password": who[1],
                                           "csrf_token": csrf.group(1)})
        assert done.status_code in (200, 303), done.text
        page = client.get("/admin/extension-tokens").text
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert csrf
        return client, csrf.group(1)

    def issue(self, owner: str = "alice") -> tuple[str, int]:
        """A new extension token for ``owner`` through the admin page: (token, token id)."""
        client, csrf = self.signed_in(ADMIN)
        try:
            page = client.get("/admin/extension-tokens").text
            owner_id = re.search(rf'<option value="(\d+)">{owner}</option>', page)
            assert owner_id
            shown = client.post("/admin/extension-tokens", data={
                "owner_id": owner_id.group(1), "label": "e2e", "csrf_token": csrf}).text
            token = re.search(r'<code id="new-token">(vlx_[\w\-]+)</code>', shown)
            ids = re.findall(r'/admin/extension-tokens/(\d+)/revoke', shown)
            assert token and ids
            return token.group(1), max(int(i) for i in ids)
        finally:
            client.close()

    def revoke(self, token_id: int) -> None:
        client, csrf = self.signed_in(ADMIN)
        try:
            done = client.post(f"/admin/extension-tokens/{token_id}/revoke",
                               data={"csrf_token": csrf})
            assert done.status_code in (200, 303), done.text
        finally:
            client.close()

    def password_token(self, who: tuple[str, str]) -> dict[str, str]:
        got = httpx.post(f"{self.base}/api/v1/token",
                         data={"username": who[0], "password": who[1]}, timeout=30)
        return {"Authorization": f"Bearer {got.json()['access_token']}"}


def configure(worker: Any, server: str, token: str, timeout: int = 20) -> None:
    """Set the extension's options as the options page would (storage.local)."""
    worker.evaluate("(o) => chrome.storage.local.set(o)",
                    {"serverUrl": server, "token": token, "timeoutSeconds": timeout})


class Panel:
    """The in-page button and panel, read and clicked through the DevTools protocol."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.cdp = page.context.new_cdp_session(page)

    def nodes(self) -> dict[str, dict[str, Any]]:
        root = self.cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]
        found: dict[str, dict[str, Any]] = {}
        stack = [root]
        while stack:
            node = stack.pop()
            attrs = node.get("attributes", [])
            pairs = dict(zip(attrs[::2], attrs[1::2], strict=False))
            if "data-vetlink" in pairs and pairs["data-vetlink"] not in found:
                found[pairs["data-vetlink"]] = node
            stack.extend(node.get("children", []))
            stack.extend(node.get("shadowRoots", []))
            if "contentDocument" in node:
                stack.append(node["contentDocument"])
        return found

    def text(self, key: str) -> str | None:
        node = self.nodes().get(key)
        if node is None:
            return None
        parts, stack = [], [node]
        while stack:
            item = stack.pop(0)
            if item.get("nodeType") == 3:
                parts.append(item.get("nodeValue", ""))
            stack[0:0] = item.get("children", [])
        return "".join(parts)

    def click(self, key: str) -> None:
        node = self.nodes()[key]
        quad = self.cdp.send("DOM.getBoxModel", {"backendNodeId": node["backendNodeId"]})
        xs, ys = quad["model"]["content"][0::2], quad["model"]["content"][1::2]
        self.page.mouse.click(sum(xs) / 4, sum(ys) / 4)

    def wait_for(self, keys: tuple[str, ...], timeout: float = 30.0) -> str:
        """The first of ``keys`` to appear in the panel (polls every 20 ms)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            present = self.nodes()
            for key in keys:
                if key in present:
                    return key
            time.sleep(0.02)
        raise AssertionError(f"none of {keys} appeared within {timeout} s")
