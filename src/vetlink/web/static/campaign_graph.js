// Draws a campaign's persona graph with the vendored Cytoscape.js (static/vendor/cytoscape).
// Nodes are cases (click to open), edges carry the evidence that links the two personas.
(function () {
  "use strict";
  var box = document.getElementById("campaign-graph");
  if (!box || typeof cytoscape !== "function") { return; }
  fetch(box.getAttribute("data-src"), {credentials: "same-origin"})
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var cy = cytoscape({
        container: box,
        elements: data.elements,
        layout: {name: "cose", animate: false, randomize: false},
        wheelSensitivity: 0.3,
        style: [
          {selector: "node", style: {"label": "data(label)", "font-size": 9,
            "background-color": "#7a2e2e", "color": "#222", "text-valign": "bottom",
            "width": 14, "height": 14}},
          {selector: "edge", style: {"label": "data(label)", "font-size": 7,
            "width": "mapData(bits, 6, 40, 1, 5)", "line-color": "#999",
            "text-rotation": "autorotate", "color": "#444", "curve-style": "bezier"}}
        ]
      });
      cy.on("tap", "node", function (evt) { window.location.href = evt.target.data("href"); });
      box.setAttribute("data-drawn", String(cy.nodes().length));
    });
}());
