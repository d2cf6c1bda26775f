// Nothing typed is lost: the text of a form marked data-keep="NAME" is kept in this tab's
// sessionStorage while you type and put back when the page is shown again (after an expired
// session and signing in again, the back button, a reload). It never leaves the browser and
// goes when the tab is closed, when "Clear" is pressed, or once the report has been sent.
"use strict";

function keptKey(form, field) { return "vetlink:" + form.dataset.keep + ":" + field.name; }

function keepForm(form) {
  const fields = form.querySelectorAll("textarea[name]");
  fields.forEach(field => {
    const saved = sessionStorage.getItem(keptKey(form, field));
    if (!field.value && saved) { field.value = saved; }
    field.addEventListener("input", () => {
      try { sessionStorage.setItem(keptKey(form, field), field.value); } catch (e) { /* full */ }
    });
  });
  form.querySelectorAll("[data-clear-form]").forEach(button => {
    button.addEventListener("click", () => {
      fields.forEach(field => { field.value = ""; sessionStorage.removeItem(keptKey(form, field)); });
      form.querySelectorAll("input[type=file]").forEach(input => { input.value = ""; });
    });
  });
}

function clearKept(name) {
  Object.keys(sessionStorage).filter(k => k.startsWith("vetlink:" + name + ":"))
    .forEach(k => sessionStorage.removeItem(k));
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-clear-kept]").forEach(el => clearKept(el.dataset.clearKept));
  document.querySelectorAll("form[data-keep]").forEach(keepForm);
});
