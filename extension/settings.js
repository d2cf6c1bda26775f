/* vetlink extension: its options. Stored in storage.local (server URL, token, timeout);
 * an administrator may set serverUrl and timeoutSeconds by policy (storage.managed), which
 * then win. Nothing else is ever stored. */
(function () {
  "use strict";
  const api = globalThis.browser ?? globalThis.chrome;
  const DEFAULT_TIMEOUT = 20;

  async function managed() {
    try {
      return (await api.storage.managed.get(["serverUrl", "timeoutSeconds"])) || {};
    } catch (error) {
      return {}; // no policy (or Firefox without a managed manifest)
    }
  }

  /* "https://vetlink.example.org/" -> "https://vetlink.example.org" (origin only), or "" */
  function serverOrigin(value) {
    try {
      const url = new URL(String(value || "").trim());
      if (url.protocol !== "https:" && url.protocol !== "http:") return "";
      return url.origin;
    } catch (error) {
      return "";
    }
  }

  async function loadOptions() {
    const local = await api.storage.local.get(["serverUrl", "token", "timeoutSeconds"]);
    const policy = await managed();
    const timeout = Number(policy.timeoutSeconds || local.timeoutSeconds || DEFAULT_TIMEOUT);
    return {
      serverUrl: serverOrigin(policy.serverUrl || local.serverUrl),
      serverLocked: Boolean(policy.serverUrl),
      token: String(local.token || "").trim(),
      timeoutSeconds: timeout > 0 && timeout <= 300 ? timeout : DEFAULT_TIMEOUT,
    };
  }

  globalThis.vetlinkSettings = { loadOptions, serverOrigin, DEFAULT_TIMEOUT };
})();
