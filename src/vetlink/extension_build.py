"""``vetlink extension build``: the browser extension (``extension/`` in the source tree) as
a zip an administrator can deploy by policy (see docs/extension.md).

The zip holds only the files the manifest needs (the manifest, its scripts, pages and the
managed-storage schema), in a fixed order with fixed timestamps, so the same sources always
give the same bytes. Before packing, the manifest is checked for what the extension promises:
Manifest V3, no remote code, content scripts only on LinkedIn profile and messaging pages,
no host permission but the optional one asked for at run time."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path
from typing import Annotated, Any

import typer

from vetlink.errors import InputError

extension_app = typer.Typer(help="The browser extension for staff (issue 14).",
                            no_args_is_help=True)

ALLOWED_SUFFIXES = (".js", ".html", ".json", ".png", ".css")
CONTENT_MATCHES = {"https://www.linkedin.com/in/*", "https://www.linkedin.com/messaging/*"}
PERMISSIONS = {"storage"}
FIXED_TIME = (2026, 1, 1, 0, 0, 0)
REMOTE_SCRIPT = re.compile(r"<script[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//", re.IGNORECASE)


def default_source() -> Path:
    """``extension/`` of the source tree this module runs from."""
    return Path(__file__).resolve().parents[2] / "extension"


def load_manifest(source: Path) -> dict[str, Any]:
    path = source / "manifest.json"
    if not path.is_file():
        raise InputError(f"no manifest.json in {source}: give --source, the extension's folder")
    try:
        manifest: dict[str, Any] = json.loads(path.read_text("utf-8"))
    except ValueError as exc:
        raise InputError(f"{path}: not valid JSON ({exc})") from None
    return manifest


def referenced(manifest: dict[str, Any]) -> set[str]:
    """Every file the manifest names."""
    names: set[str] = {"manifest.json"}
    for script in manifest.get("content_scripts", []):
        names.update(script.get("js", []))
        names.update(script.get("css", []))
    background = manifest.get("background", {})
    names.update(background.get("scripts", []))
    if background.get("service_worker"):
        names.add(background["service_worker"])
    if manifest.get("options_ui", {}).get("page"):
        names.add(manifest["options_ui"]["page"])
    if manifest.get("storage", {}).get("managed_schema"):
        names.add(manifest["storage"]["managed_schema"])
    names.update(manifest.get("icons", {}).values())
    return names


def check_manifest(manifest: dict[str, Any]) -> None:
    if manifest.get("manifest_version") != 3:
        raise InputError("the extension must be Manifest V3")
    extra = set(manifest.get("permissions", [])) - PERMISSIONS
    if extra or manifest.get("host_permissions"):
        raise InputError(f"unexpected permissions: {sorted(extra) or 'host_permissions'}")
    for script in manifest.get("content_scripts", []):
        if not set(script.get("matches", [])) <= CONTENT_MATCHES:
            raise InputError(f"content scripts may run only on {sorted(CONTENT_MATCHES)}")
    if "gecko" not in manifest.get("browser_specific_settings", {}):
        raise InputError("the manifest needs browser_specific_settings.gecko.id (Firefox)")


def pages_and_scripts(source: Path, names: set[str]) -> set[str]:
    """The manifest's files plus the scripts its HTML pages load (all local)."""
    found = set(names)
    for name in sorted(names):
        if not name.endswith(".html"):
            continue
        html = (source / name).read_text("utf-8")
        if REMOTE_SCRIPT.search(html):
            raise InputError(f"{name} loads a remote script: no remote code is allowed")
        found.update(re.findall(r"<script[^>]*\bsrc=\"([^\"/:]+)\"", html))
    return found


def build(source: Path, out: Path) -> tuple[Path, str, list[str]]:
    """Pack ``source`` into ``out``; returns (path, sha256, files)."""
    manifest = load_manifest(source)
    check_manifest(manifest)
    files = sorted(pages_and_scripts(source, referenced(manifest)))
    for name in files:
        if not name.endswith(ALLOWED_SUFFIXES) or ".." in name or name.startswith("/"):
            raise InputError(f"unexpected file in the manifest: {name}")
        if not (source / name).is_file():
            raise InputError(f"the manifest names {name}, which is missing")
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in files:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, (source / name).read_bytes())
    return out, hashlib.sha256(out.read_bytes()).hexdigest(), files


@extension_app.command("build")
def build_command(
    out: Annotated[Path | None, typer.Option(help="The zip to write (default: "
                                             "vetlink-extension-<version>.zip)")] = None,
    source: Annotated[Path | None, typer.Option(help="The extension's folder (default: "
                                                "extension/ of the source tree)")] = None,
) -> None:
    """Pack the browser extension into a zip to deploy by policy (docs/extension.md)."""
    folder = source or default_source()
    version = load_manifest(folder).get("version", "0")
    path, digest, files = build(folder, out or Path(f"vetlink-extension-{version}.zip"))
    typer.echo(f"wrote {path} ({len(files)} files, version {version}, sha256 {digest})")
