/* vetlink extension: structural extraction of a LinkedIn profile or conversation.
 *
 * vetlinkExtract(document, url) reads named parts of the page (never the whole page) and
 * returns {kind, profile, conversation, unread}: kind is "profile", "messaging",
 * "logged_out" or "not_profile"; profile is vetlink/profile/v1, conversation is
 * vetlink/conversation/v1 (or null); unread lists what could not be read, in words.
 * Sections are found by their anchor ids (about, experience, ...), not by their headings,
 * so the section order and the interface language do not matter. Every selector is in
 * SELECTORS below, so a change of LinkedIn's markup is fixed in one place.
 * No network, no storage: a pure function of the DOM. */
(function () {
  "use strict";

  const SELECTORS = {
    signedInNav: ".global-nav, #global-nav",
    me: ".global-nav__me-photo",
    signInLink: "a[href*='/login'], form[action*='login'], .authwall-join-form",
    topCard: ".pv-top-card, section[data-member-id], .ph5.pb5",
    name: "h1",
    headline: ".text-body-medium.break-words, .pv-top-card--headline",
    location: ".text-body-small.inline.t-black--light.break-words, .pv-top-card--location",
    countItems: "ul li",
    entries: "li.artdeco-list__item, li.pvs-list__paged-list-item",
    entryTitle: ".t-bold span[aria-hidden='true']",
    entrySubtitle: "span.t-14.t-normal:not(.t-black--light) > span[aria-hidden='true']",
    entryCaptions: "span.t-14.t-normal.t-black--light > span[aria-hidden='true']",
    subComponents: ".pvs-entity__sub-components",
    entryDescription: ".inline-show-more-text span[aria-hidden='true'], .pvs-entity__description span[aria-hidden='true']",
    showAll: "a[id^='navigation-index-see-all'], .pvs-list__footer-wrapper a[href*='/details/']",
    seeMoreCollapsed: ".inline-show-more-text--is-collapsed",
    aboutText: ".inline-show-more-text span[aria-hidden='true'], .pv-shared-text-with-see-more span[aria-hidden='true']",
    messageList: ".msg-s-message-list-content, .msg-s-message-list",
    messageItem: ".msg-s-event-listitem",
    messageOther: "msg-s-event-listitem--other",
    messageBody: ".msg-s-event-listitem__body",
    messageName: ".msg-s-message-group__name",
    messageAttachment: ".msg-s-event-listitem__attachment-item, .ui-attachment__filename",
    messageDay: ".msg-s-message-list__time-heading",
    contactName: ".msg-entity-lockup__entity-title, .msg-overlay-bubble-header__title",
  };

  const MAX_TEXT = 20000;
  const MAX_ENTRIES = 100;
  const MAX_MESSAGES = 500;

  const MONTHS = {
    jan: 1, januar: 1, janv: 1, feb: 2, februar: 2, févr: 2, fevr: 2, mar: 3, mär: 3,
    märz: 3, mars: 3, apr: 4, april: 4, avr: 4, may: 5, mai: 5, jun: 6, juni: 6, juin: 6,
    jul: 7, juli: 7, juil: 7, aug: 8, august: 8, août: 8, sep: 9, sept: 9, oct: 10,
    okt: 10, nov: 11, dec: 12, dez: 12, déc: 12,
  };
  const PRESENT = ["present", "heute", "aujourd’hui", "aujourd'hui", "now", "actualidad", "oggi"];
  const FOLLOWER_WORDS = ["follower", "abonné", "seguidor", "volger"];
  const CONNECTION_WORDS = ["connection", "kontakt", "relation", "contacto", "collegament", "connectie"];

  function clean(text) {
    return (text || "").replace(/\s+/g, " ").trim().slice(0, MAX_TEXT);
  }

  function textOf(root, selector) {
    const node = root && root.querySelector(selector);
    return node ? clean(node.textContent) : "";
  }

  /* "1,234" "1.234" "1 234" "500+" -> {value, capped} (digits only: no regex backtracking) */
  function count(text) {
    const match = /(\d[\d.,\u00a0\u202f ]*)(\+?)/.exec(text || "");
    if (!match) return null;
    const value = parseInt(match[1].replace(/[^\d]/g, ""), 10);
    return Number.isFinite(value) ? { value, capped: match[2] === "+" } : null;
  }

  function hasWord(text, words) {
    const lower = (text || "").toLowerCase();
    return words.some((word) => lower.includes(word));
  }

  /* "Jan 2020", "Mai 2018", "2014" -> "2020-01", "2018-05", "2014"; present -> null */
  function when(text) {
    const value = clean(text).toLowerCase();
    if (!value) return undefined;
    if (PRESENT.some((word) => value.startsWith(word))) return null;
    const year = /(\d{4})/.exec(value);
    if (!year) return undefined;
    const word = /^([a-zäéû]+)/.exec(value);
    const month = word ? MONTHS[word[1]] || MONTHS[word[1].slice(0, 3)] : undefined;
    return month ? `${year[1]}-${String(month).padStart(2, "0")}` : year[1];
  }

  /* "Jan 2020 - Present · 4 yrs" -> {start: "2020-01", end: null} or null */
  function dateRange(text) {
    const span = clean(text).split("·")[0];
    const parts = span.split(/\s[-–—]\s|\s?[–—]\s?/);
    const start = when(parts[0]);
    if (start === undefined || start === null) return null;
    const range = { start };
    if (parts.length > 1) {
      const end = when(parts[1]);
      if (end !== undefined) range.end = end;
    }
    return range;
  }

  function sectionById(doc, id) {
    const anchor = doc.getElementById(id);
    return anchor ? anchor.closest("section") : null;
  }

  function entriesOf(section) {
    const all = Array.from(section.querySelectorAll(SELECTORS.entries));
    // nested lists (roles grouped under one company, skills under a job) are not entries
    return all.filter((li) => !li.parentElement.closest(SELECTORS.entries)).slice(0, MAX_ENTRIES);
  }

  function collapsedNote(section, label, shown) {
    const link = section && section.querySelector(SELECTORS.showAll);
    if (!link) return null;
    const total = count(link.textContent);
    const of = total && total.value > shown ? ` (${shown} of ${total.value} shown)` : "";
    return `${label} is collapsed behind "Show all"${of}: open it for a fuller check`;
  }

  function experienceEntry(li) {
    const title = textOf(li, SELECTORS.entryTitle);
    if (!title) return null;
    const entry = { title };
    const subtitle = textOf(li, SELECTORS.entrySubtitle);
    if (subtitle) entry.company = clean(subtitle.split("·")[0]);
    for (const node of li.querySelectorAll(SELECTORS.entryCaptions)) {
      const text = clean(node.textContent);
      const range = entry.start ? null : dateRange(text);
      if (range) Object.assign(entry, range);
      else if (text && !entry.location) entry.location = text;
    }
    const description = textOf(li, SELECTORS.entryDescription);
    if (description) entry.description = description;
    return entry;
  }

  /* One company with several roles (LinkedIn groups them: the company is the outer title,
   * each role a nested item with its own title and dates) gives one entry per role. */
  function experienceEntries(li) {
    const roles = Array.from(li.querySelectorAll(`${SELECTORS.subComponents} li`)).filter((role) =>
      role.querySelector(SELECTORS.entryTitle) &&
      Array.from(role.querySelectorAll(SELECTORS.entryCaptions)).some((n) => dateRange(n.textContent)));
    if (!roles.length) return [experienceEntry(li)];
    const company = textOf(li, SELECTORS.entryTitle);
    return roles.map((role) => {
      const entry = experienceEntry(role);
      if (entry && company) entry.company = company;
      return entry;
    });
  }

  function educationEntry(li) {
    const school = textOf(li, SELECTORS.entryTitle);
    if (!school) return null;
    const entry = { school };
    const subtitle = textOf(li, SELECTORS.entrySubtitle);
    if (subtitle) {
      const comma = subtitle.indexOf(", ");
      entry.degree = comma > 0 ? subtitle.slice(0, comma) : subtitle;
      if (comma > 0) entry.field = subtitle.slice(comma + 2);
    }
    for (const node of li.querySelectorAll(SELECTORS.entryCaptions)) {
      const range = dateRange(node.textContent);
      if (range) { Object.assign(entry, range); break; }
    }
    return entry;
  }

  function listSection(doc, id, label, read, profile, unread) {
    const section = sectionById(doc, id);
    if (!section) return;
    const entries = entriesOf(section).flatMap((li) => [].concat(read(li))).filter(Boolean).slice(0, MAX_ENTRIES);
    if (entries.length) profile[id] = entries;
    else unread.push(`${label}: no entries could be read`);
    const note = collapsedNote(section, label, entries.length);
    if (note) unread.push(note);
  }

  function topCounts(card, profile) {
    for (const li of card.querySelectorAll(SELECTORS.countItems)) {
      const text = clean(li.textContent);
      const number = count(text);
      if (!number) continue;
      if (hasWord(text, FOLLOWER_WORDS) && profile.followers === undefined) {
        profile.followers = number.value;
      } else if ((hasWord(text, CONNECTION_WORDS) || li.querySelector("a[href*='connectionOf']"))
                 && profile.connections === undefined) {
        profile.connections = number.value;
        if (number.capped) profile.connections_capped = true;
      }
    }
  }

  function readAbout(doc, profile, unread) {
    const section = sectionById(doc, "about");
    if (!section) return;
    const about = textOf(section, SELECTORS.aboutText);
    if (about) profile.about = about;
    if (section.querySelector(SELECTORS.seeMoreCollapsed)) {
      unread.push('About is cut short ("see more"): open it for a fuller check');
    }
  }

  function readRecommendations(doc, profile) {
    const section = sectionById(doc, "recommendations");
    if (!section) return;
    const link = section.querySelector(SELECTORS.showAll);
    const total = link ? count(link.textContent) : null;
    profile.recommendations = total ? total.value : entriesOf(section).length;
  }

  function readProfile(doc, url, unread) {
    const card = doc.querySelector(SELECTORS.topCard);
    const name = card ? textOf(card, SELECTORS.name) : "";
    if (!name) return null;
    const profile = { schema: "vetlink/profile/v1", platform: "linkedin", url: canonical(url), name };
    const headline = textOf(card, SELECTORS.headline);
    if (headline) profile.headline = headline;
    const location = textOf(card, SELECTORS.location);
    if (location) profile.location = location;
    topCounts(card, profile);
    for (const [field, label] of [["headline", "Headline"], ["location", "Location"],
                                  ["connections", "Connection count"], ["followers", "Follower count"]]) {
      if (profile[field] === undefined) unread.push(`${label}: not shown on the page`);
    }
    readAbout(doc, profile, unread);
    listSection(doc, "experience", "Experience", experienceEntries, profile, unread);
    listSection(doc, "education", "Education", educationEntry, profile, unread);
    readRecommendations(doc, profile);
    for (const [id, label] of [["about", "About"], ["experience", "Experience"], ["education", "Education"]]) {
      if (!sectionById(doc, id)) unread.push(`${label}: no such section on the page`);
    }
    return profile;
  }

  function canonical(url) {
    try {
      const parsed = new URL(url);
      return `${parsed.origin}${parsed.pathname}`;
    } catch (error) {
      return "";
    }
  }

  function readConversation(doc, unread) {
    const list = doc.querySelector(SELECTORS.messageList);
    if (!list) return null;
    const me = clean((doc.querySelector(SELECTORS.me) || {}).alt || "");
    const contact = textOf(doc, SELECTORS.contactName);
    const messages = [];
    for (const item of list.querySelectorAll(SELECTORS.messageItem)) {
      if (messages.length >= MAX_MESSAGES) { unread.push(`Only the first ${MAX_MESSAGES} messages were read`); break; }
      const text = textOf(item, SELECTORS.messageBody);
      const files = Array.from(item.querySelectorAll(SELECTORS.messageAttachment)).map((n) => clean(n.textContent)).filter(Boolean);
      if (!text && !files.length) continue;
      const named = textOf(item, SELECTORS.messageName);
      const other = item.classList.contains(SELECTORS.messageOther) || (named && me && named !== me);
      const message = { sender: other ? "contact" : "user", text };
      if (files.length) message.attachments = files;
      messages.push(message);
    }
    if (!messages.length) { unread.push("Conversation: no messages could be read"); return null; }
    const conversation = { schema: "vetlink/conversation/v1", platform: "linkedin", messages };
    if (contact) conversation.contact = contact;
    return conversation;
  }

  function vetlinkExtract(doc, url) {
    const unread = [];
    const signedIn = Boolean(doc.querySelector(SELECTORS.signedInNav));
    if (!signedIn && doc.querySelector(SELECTORS.signInLink)) {
      return { kind: "logged_out", profile: null, conversation: null,
               unread: ["You are not signed in to LinkedIn: sign in and open the page again"] };
    }
    const path = (() => { try { return new URL(url).pathname; } catch (e) { return ""; } })();
    const profile = path.startsWith("/in/") ? readProfile(doc, url, unread) : null;
    const conversation = readConversation(doc, unread);
    if (!profile && !conversation) {
      return { kind: "not_profile", profile: null, conversation: null,
               unread: ["This page shows no profile and no conversation vetlink can read"] };
    }
    return { kind: profile ? "profile" : "messaging", profile, conversation, unread };
  }

  globalThis.vetlinkExtract = vetlinkExtract;
})();
