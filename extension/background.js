/* vetlink extension: the only part that talks to the network, and only to the configured
 * vetlink server (POST /api/v1/checks and /api/v1/reports with the extension token).
 * Requests time out (options: timeoutSeconds), so the panel never waits for ever. */
"use strict";
if (typeof importScripts === "function") importScripts("settings.js"); // Chromium worker
const api = globalThis.browser ?? globalThis.chrome;

function problem(message) {
  return { ok: false, message };
}

async function explain(response) {
  let detail = "";
  try {
    const body = await response.json();
    detail = (body && body.error && body.error.message) || "";
  } catch (error) {
    detail = "";
  }
  if (response.status === 401) return problem(`The server refused the token: ${detail || "not valid"}. Ask your administrator for a new one and enter it in the extension's options.`);
  if (response.status === 403) return problem(`The server refused this: ${detail || "forbidden"}.`);
  if (response.status === 429) {
    const wait = response.headers.get("Retry-After");
    return problem(`Too many checks: try again${wait ? ` in ${wait} s` : " later"}.`);
  }
  if (response.status === 404) return problem("No vetlink server answers at this address: check the server URL in the extension's options.");
  return problem(`The server answered ${response.status}${detail ? `: ${detail}` : ""}.`);
}

async function post(path, body) {
  const options = await globalThis.vetlinkSettings.loadOptions();
  if (!options.serverUrl) return problem("No vetlink server is set: open the extension's options and enter your organisation's server URL and token.");
  if (!options.token) return problem("No token is set: open the extension's options and enter the token your administrator gave you.");
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutSeconds * 1000);
  try {
    const response = await fetch(`${options.serverUrl}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${options.token}` },
      body: JSON.stringify(body),
      signal: controller.signal,
      credentials: "omit",
      cache: "no-store",
      redirect: "error",
      referrerPolicy: "no-referrer",
    });
    if (!response.ok) return await explain(response);
    return { ok: true, server: options.serverUrl, result: await response.json() };
  } catch (error) {
    if (error && error.name === "AbortError") {
      return problem(`The vetlink server did not answer within ${options.timeoutSeconds} s: try again later, or tell your administrator.`);
    }
    return problem(`Cannot reach the vetlink server at ${options.serverUrl}: check the server URL in the extension's options, or whether the server is up.`);
  } finally {
    clearTimeout(timer);
  }
}

function inputs(message) {
  const body = {};
  if (message.profile) body.profile = message.profile;
  if (message.conversation) body.conversation = message.conversation;
  return body;
}

api.runtime.onMessage.addListener((message, sender, reply) => {
  if (!message || sender.id !== api.runtime.id) return false;
  let work = null;
  if (message.type === "vetlink.check") work = post("/api/v1/checks", inputs(message));
  if (message.type === "vetlink.report") work = post("/api/v1/reports", { ...inputs(message), note: "Reported from the browser extension" });
  if (message.type === "vetlink.options") { api.runtime.openOptionsPage(); return false; }
  if (!work) return false;
  work.then(reply, (error) => reply(problem(`Unexpected error: ${error}`)));
  return true; // the reply comes later
});

api.action.onClicked.addListener((tab) => {
  api.tabs.sendMessage(tab.id, { type: "vetlink.run" }).catch(() => {
    api.action.setBadgeText({ tabId: tab.id, text: "–" });
    api.action.setTitle({ tabId: tab.id, title: "vetlink checks LinkedIn profile and messaging pages: open one (or reload it) and click again" });
  });
});
