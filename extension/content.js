/* vetlink extension: the in-page button and result panel on LinkedIn profile and messaging
 * pages. It reads the page only when the user asks (button or toolbar icon), sends the
 * extracted profile/conversation to the extension's background (which talks to the
 * organisation's server only), and draws the answer in a closed shadow root, with
 * textContent only (never HTML from anywhere). */
(function () {
  "use strict";
  const api = globalThis.browser ?? globalThis.chrome;
  const BANDS = { low: "Low risk", medium: "Medium risk", high: "High risk" };
  const STYLE = `
    :host { all: initial; }
    .button { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; font: 600 14px system-ui, sans-serif;
      background: #0b3d91; color: #fff; border: 0; border-radius: 20px; padding: 10px 16px; cursor: pointer; }
    .panel { position: fixed; right: 16px; bottom: 64px; z-index: 2147483647; width: 340px; max-height: 70vh; overflow: auto;
      font: 14px/1.4 system-ui, sans-serif; color: #111; background: #fff; border: 1px solid #888; border-radius: 8px;
      box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 12px 14px; }
    .panel[hidden] { display: none; }
    h2 { font-size: 15px; margin: 0 0 8px; display: flex; justify-content: space-between; }
    .band { font-size: 18px; font-weight: 700; margin: 4px 0; }
    .band.high { color: #a00; } .band.medium { color: #a60; } .band.low { color: #060; } .band.none { color: #444; }
    .error { color: #a00; }
    ul { padding-left: 18px; margin: 6px 0; } li { margin: 3px 0; }
    .unread { font-size: 12px; color: #555; border-top: 1px solid #ddd; margin-top: 8px; padding-top: 6px; }
    .actions { display: flex; gap: 8px; margin-top: 10px; flex-wrap: wrap; align-items: center; }
    .actions button { font: inherit; padding: 4px 10px; cursor: pointer; }
    .close { border: 0; background: none; font-size: 16px; cursor: pointer; }
    details { margin-top: 6px; font-size: 13px; }`;

  let root = null;
  let panel = null;
  let busy = false;

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function mount() {
    if (root) return;
    const host = element("div", { id: "vetlink-extension-host" });
    root = host.attachShadow({ mode: "closed" });
    root.append(element("style", {}, STYLE));
    const button = element("button", { class: "button", type: "button", "data-vetlink": "check" }, "Check with vetlink");
    button.addEventListener("click", run);
    panel = element("section", { class: "panel", role: "dialog", "aria-label": "vetlink result", hidden: "" });
    root.append(button, panel);
    document.documentElement.append(host);
  }

  function show(...children) {
    panel.replaceChildren();
    const close = element("button", { class: "close", type: "button", "aria-label": "close", "data-vetlink": "close" }, "×");
    close.addEventListener("click", () => panel.setAttribute("hidden", ""));
    const title = element("h2", {}, "vetlink");
    title.append(close);
    panel.append(title, ...children);
    panel.removeAttribute("hidden");
  }

  function unreadList(unread) {
    if (!unread || !unread.length) return [];
    const box = element("div", { class: "unread", "data-vetlink": "unread" });
    box.append(element("div", {}, "Could not read:"));
    const list = element("ul");
    for (const line of unread) list.append(element("li", {}, line));
    box.append(list);
    return [box];
  }

  function findingsList(findings, limit) {
    const list = element("ul", { "data-vetlink": "findings" });
    for (const finding of findings.slice(0, limit)) {
      list.append(element("li", {}, `${finding.title} (${finding.severity})`));
    }
    return list;
  }

  function bandLine(result) {
    if (result.status === "not_assessed") {
      return element("div", { class: "band none", "data-vetlink": "band" },
        `Not assessed: ${result.not_assessed_reason || "vetlink could not read enough"}`);
    }
    return element("div", { class: `band ${result.band}`, "data-vetlink": "band" }, BANDS[result.band] || result.band);
  }

  function showResult(extracted, answer) {
    const result = answer.result;
    const findings = Array.isArray(result.findings) ? result.findings : [];
    const parts = [bandLine(result)];
    if (result.status !== "not_assessed") parts.push(element("div", { "data-vetlink": "score" }, `Score ${result.score} / 100`));
    if (findings.length) parts.push(element("strong", {}, "Top findings"), findingsList(findings, 3));
    if (findings.length > 3) {
      const all = element("details", { "data-vetlink": "full" });
      all.append(element("summary", {}, `Full result: all ${findings.length} findings and advice`), findingsList(findings, findings.length));
      for (const advice of result.advice || []) all.append(element("p", {}, advice));
      parts.push(all);
    }
    const actions = element("div", { class: "actions" });
    const report = element("button", { type: "button", "data-vetlink": "report" }, "Report to security team");
    report.addEventListener("click", () => sendReport(extracted, actions, report));
    const full = element("a", { href: `${answer.server}/check`, target: "_blank", rel: "noopener noreferrer", "data-vetlink": "server-link" }, "Open vetlink");
    actions.append(report, full);
    parts.push(actions);
    show(...parts, ...unreadList(extracted.unread));
  }

  async function sendReport(extracted, actions, button) {
    button.disabled = true;
    button.textContent = "Reporting…";
    const answer = await ask("vetlink.report", extracted);
    if (!answer.ok) {
      button.disabled = false;
      button.textContent = "Report to security team";
      actions.append(element("div", { class: "error", role: "alert", "data-vetlink": "error" }, answer.message));
      return;
    }
    const done = element("a", { href: `${answer.server}/reports/${Number(answer.result.id)}`, target: "_blank",
      rel: "noopener noreferrer", "data-vetlink": "report-link" }, `Reported (report ${Number(answer.result.id)}): open the full result`);
    button.replaceWith(done);
  }

  async function ask(type, extracted) {
    try {
      const answer = await api.runtime.sendMessage({ type, profile: extracted.profile, conversation: extracted.conversation });
      return answer || { ok: false, message: "The extension did not answer; reload the page and try again." };
    } catch (error) {
      return { ok: false, message: "The extension was updated or stopped: reload the page and try again." };
    }
  }

  async function run() {
    mount();
    if (busy) return;
    const extracted = globalThis.vetlinkExtract(document, location.href);
    if (extracted.kind === "logged_out" || extracted.kind === "not_profile") {
      show(element("div", { class: "error", role: "alert", "data-vetlink": "error" }, extracted.unread[0]),
           element("div", {}, "Nothing was sent."));
      return;
    }
    busy = true;
    show(element("div", { role: "status", "data-vetlink": "busy" }, "Checking with your vetlink server…"));
    try {
      const answer = await ask("vetlink.check", extracted);
      if (answer.ok) showResult(extracted, answer);
      else show(element("div", { class: "error", role: "alert", "data-vetlink": "error" }, answer.message), ...unreadList(extracted.unread));
    } finally {
      busy = false;
    }
  }

  api.runtime.onMessage.addListener((message, sender) => {
    if (sender.id === api.runtime.id && message && message.type === "vetlink.run") run();
    return false;
  });
  mount();
})();
