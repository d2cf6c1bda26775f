// Dashboard charts, drawn on <canvas> with no library. Data: GET /dashboard/data (JSON).
"use strict";

const STATUS_TEXT = { new: "New", in_review: "In review", confirmed_hostile: "Confirmed hostile",
  benign: "Benign", duplicate: "Duplicate" };

function niceScale(max) {
  const step = Math.max(1, Math.ceil(max / 4));
  return { step: step, top: step * 4 };
}

function setup(canvas) {
  const ctx = canvas.getContext("2d");
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.font = "12px system-ui, sans-serif";
  return ctx;
}

// Vertical bars (time and age buckets: short labels under each bar).
function columnChart(canvas, labels, values, color) {
  const ctx = setup(canvas);
  const w = canvas.width, h = canvas.height, left = 34, bottom = 28, top = 10, right = 8;
  const scale = niceScale(Math.max(0, ...values));
  const plotH = h - top - bottom, plotW = w - left - right;
  for (let v = 0; v <= scale.top; v += scale.step) {
    const y = top + plotH - (plotH * v) / scale.top;
    ctx.strokeStyle = "#d9dde5"; ctx.beginPath(); ctx.moveTo(left, y); ctx.lineTo(w - right, y); ctx.stroke();
    ctx.fillStyle = "#5b6475"; ctx.textAlign = "right"; ctx.fillText(String(v), left - 6, y + 4);
  }
  const step = plotW / Math.max(1, values.length), bar = Math.max(2, step * 0.7);
  ctx.textAlign = "center";
  values.forEach((v, i) => {
    const x = left + i * step + (step - bar) / 2, bh = (plotH * v) / scale.top;
    ctx.fillStyle = color; ctx.fillRect(x, top + plotH - bh, bar, bh);
    ctx.fillStyle = "#1d2433"; ctx.fillText(String(labels[i]), x + bar / 2, h - 10);
  });
}

// Horizontal bars (categories with long names: the name on the left, the count on the bar).
function barChart(canvas, labels, values, color) {
  const ctx = setup(canvas);
  const w = canvas.width, h = canvas.height, left = 210, right = 30;
  if (!values.length) { ctx.fillStyle = "#5b6475"; ctx.fillText("no data yet", 10, 20); return; }
  const max = Math.max(1, ...values), rowH = Math.min(26, h / values.length);
  values.forEach((v, i) => {
    const y = i * rowH, bw = ((w - left - right) * v) / max;
    ctx.fillStyle = "#1d2433"; ctx.textAlign = "right";
    const label = String(labels[i]);
    ctx.fillText(label.length > 28 ? label.slice(0, 27) + "…" : label, left - 8, y + rowH * 0.65);
    ctx.fillStyle = color; ctx.fillRect(left, y + 3, bw, rowH - 6);
    ctx.fillStyle = "#1d2433"; ctx.textAlign = "left"; ctx.fillText(String(v), left + bw + 4, y + rowH * 0.65);
  });
}

// Approach types as an HTML bar list: the whole title wraps on a phone (no truncated canvas
// labels), a bar and the count after it, the finding id as secondary text (text only).
function lureLegend(list, lures) {
  if (!lures.length) { list.textContent = "No approaches reported yet."; return; }
  const max = Math.max(1, ...lures.map(l => l.reports));
  lures.forEach(l => {
    const li = document.createElement("li"), bar = document.createElement("span");
    const code = document.createElement("code");
    li.appendChild(document.createTextNode((l.title || l.finding) + " — " + l.reports + " "));
    code.textContent = l.finding;
    li.title = l.finding;
    li.appendChild(code);
    bar.className = "bar";
    bar.style.width = Math.max(2, (100 * l.reports) / max) + "%";
    li.appendChild(bar);
    list.appendChild(li);
  });
}

function cell(row, text, label, href) {
  const td = document.createElement("td");
  td.dataset.label = label;
  if (href) { const a = document.createElement("a"); a.href = href; a.textContent = text; td.appendChild(a); }
  else { td.textContent = text; }
  row.appendChild(td);
}

function draw(data) {
  const weeks = data.approaches_per_week;
  columnChart(document.getElementById("chart-weeks"), weeks.map(w => w.week.slice(5)), weeks.map(w => w.reports), "#1f5fbf");
  lureLegend(document.getElementById("lure-legend"), data.by_lure);
  barChart(document.getElementById("chart-departments"), data.by_department.map(d => d.department), data.by_department.map(d => d.reports), "#1e7b45");
  columnChart(document.getElementById("chart-ages"), data.open_cases_by_age.map(a => a.age), data.open_cases_by_age.map(a => a.cases), "#a86400");
  const body = document.querySelector("#top-personas tbody");
  data.top_personas.forEach(p => {
    const row = document.createElement("tr");
    cell(row, "#" + p.case_id, "case", "/cases/" + p.case_id); cell(row, p.persona, "persona");
    cell(row, String(p.reports), "reports"); cell(row, String(p.highest_score), "highest score");
    cell(row, STATUS_TEXT[p.status] || p.status, "status");
    body.appendChild(row);
  });
  document.getElementById("charts").dataset.ready = "1";
}

document.addEventListener("DOMContentLoaded", () => {
  const root = document.getElementById("charts");
  fetch(root.dataset.source, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(r => r.json()).then(draw)
    .catch(err => { root.textContent = "Could not load the figures: " + err; });
});
