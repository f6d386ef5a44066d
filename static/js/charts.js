// Draw the charts of the weekly summary and trends pages. Each <canvas
// data-chart="ID"> reads its data from the JSON block with that id (Django's
// json_script), so no script runs inline. A table beside each chart has the same
// numbers for screen readers and print.
document.addEventListener("DOMContentLoaded", () => {
  if (typeof Chart === "undefined") return;
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  Chart.defaults.animation = reduceMotion ? false : { duration: 400 };
  Chart.defaults.font.size = 18;
  Chart.defaults.color = "#1b1b1b";
  Chart.defaults.maintainAspectRatio = false;

  document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
    const source = document.getElementById(canvas.dataset.chart);
    if (!source) return;
    const data = JSON.parse(source.textContent);
    new Chart(canvas, {
      data: { labels: data.labels, datasets: data.datasets },
      options: {
        scales: {
          x: { stacked: Boolean(data.stacked) },
          y: { stacked: Boolean(data.stacked), beginAtZero: true, title: { display: true, text: data.unit } },
        },
        plugins: { legend: { position: "bottom" } },
      },
    });
  });
});
