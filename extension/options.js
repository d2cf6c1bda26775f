/* vetlink extension options: server URL (unless set by policy), token, timeout. Saving asks
 * the browser for access to that one server origin (optional host permission); without it
 * the server must allow the extension's origin by CORS (VETLINK_EXTENSION_ORIGINS). */
(function () {
  "use strict";
  const api = globalThis.browser ?? globalThis.chrome;
  const settings = globalThis.vetlinkSettings;
  const form = document.getElementById("options");
  const status = document.getElementById("status");

  function say(text, isError) {
    status.textContent = text;
    status.className = isError ? "error" : "";
  }

  async function fill() {
    const options = await settings.loadOptions();
    const server = document.getElementById("serverUrl");
    server.value = options.serverUrl;
    server.disabled = options.serverLocked;
    if (options.serverLocked) server.title = "set by your organisation";
    document.getElementById("token").value = options.token;
    document.getElementById("timeoutSeconds").value = String(options.timeoutSeconds);
  }

  async function save(event) {
    event.preventDefault();
    const server = document.getElementById("serverUrl");
    const origin = settings.serverOrigin(server.value);
    if (!origin) { say("Enter the server's address, starting with https://", true); return; }
    // ask first, while the click still counts as a user gesture (Firefox requires that);
    // the options are saved while the browser's prompt is open
    let asking;
    try {
      asking = Promise.resolve(api.permissions.request({ origins: [`${origin}/*`] })).catch(() => false);
    } catch (error) {
      asking = Promise.resolve(false);
    }
    const values = { token: document.getElementById("token").value.trim(),
                     timeoutSeconds: Number(document.getElementById("timeoutSeconds").value) || settings.DEFAULT_TIMEOUT };
    if (!server.disabled) values.serverUrl = origin;
    await api.storage.local.set(values);
    say(`Saved. Allow access to ${origin} when your browser asks.`, false);
    const granted = await asking;
    say(granted ? `Saved. The extension may talk to ${origin} only.`
                : `Saved. Access to ${origin} was not granted: checks work only if the server allows this extension (VETLINK_EXTENSION_ORIGINS).`, !granted);
  }

  form.addEventListener("submit", save);
  fill();
})();
