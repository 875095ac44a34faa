// Draws the analytics figures (JSON built on the server) with plotly.js; every figure also has a table, so the
// page is complete without JavaScript. The chart toolbar downloads each chart as PNG and as SVG.
(function () {
  if (!window.Plotly) return;
  var svgIcon = {
    width: 1000,
    height: 1000,
    path: "M100 100h800v800H100zM200 700l200-250 150 180 100-120 150 190z",
  };
  document.querySelectorAll("[data-chart]").forEach(function (box) {
    var source = document.getElementById(box.dataset.chart);
    if (!source) return;
    var figure = JSON.parse(source.textContent);
    var filename = box.dataset.filename || "sauat-chart";
    var config = {
      responsive: true,
      displaylogo: false,
      displayModeBar: true,
      modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d"],
      toImageButtonOptions: { format: "png", filename: filename, scale: 2 },
      modeBarButtonsToAdd: [
        {
          name: "downloadSvg",
          title: box.dataset.svgLabel || "SVG",
          icon: svgIcon,
          click: function (gd) {
            window.Plotly.downloadImage(gd, { format: "svg", filename: filename });
          },
        },
      ],
    };
    window.Plotly.newPlot(box, figure.data, figure.layout, config).then(function (gd) {
      // Name the built-in camera button in the page's language: it downloads the PNG.
      gd.querySelectorAll(".modebar-btn[data-title]").forEach(function (button) {
        if (/png/i.test(button.getAttribute("data-title"))) button.setAttribute("data-title", box.dataset.pngLabel);
      });
      box.dataset.ready = "true";
    });
  });
})();
