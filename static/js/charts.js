// Draw the charts of the weekly summary and trends pages. Each <canvas
// data-chart="ID"> reads its data from the JSON block with that id (Django's
// json_script), so no script runs inline. A table beside each chart has the same
// numbers for screen readers and print.
//
// Colours come from CSS (--chart-ink, --chart-grid, --chart-target and
// --chart-<series> in static/css/app.css), so a chart follows the user's
// high-contrast setting and the system's forced colours, and its text follows
// the user's text size. The exercise purposes also differ by pattern, not by
// hue alone. On a narrow screen the bars lie on their side, one row a week, so
// the labels read across and the legend has the full width.
document.addEventListener("DOMContentLoaded", () => {
  if (typeof Chart === "undefined") return;
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const forcedColours = window.matchMedia("(forced-colors: active)");
  const NARROW = 576; // px of the chart's box, Bootstrap's "sm" breakpoint
  Chart.defaults.animation = reduceMotion ? false : { duration: 400 };
  Chart.defaults.maintainAspectRatio = false;

  // The colour a custom property stands for, as rgb(): a system colour name
  // (CanvasText) or var() would mean nothing to a canvas. The probe opts out of
  // forced colours so that its computed colour is the property's own.
  const probe = document.createElement("span");
  probe.className = "chart-probe";
  probe.setAttribute("aria-hidden", "true");
  document.body.append(probe);
  const rgba = (name) => {
    probe.style.color = `var(${name})`;
    const [r, g, b, a = 1] = getComputedStyle(probe).color.match(/[\d.]+/g).map(Number);
    return { r, g, b, a };
  };
  // Bars are drawn opaque: a see-through system colour (Chromium's Highlight
  // is) is blended over the chart's paper, so overlaps never change its shade.
  const cssColour = (name) => {
    const colour = rgba(name);
    if (colour.a >= 1) return `rgb(${colour.r}, ${colour.g}, ${colour.b})`;
    const paper = rgba("--chart-paper");
    const mix = (key) => Math.round(colour[key] * colour.a + paper[key] * (1 - colour.a));
    return `rgb(${mix("r")}, ${mix("g")}, ${mix("b")})`;
  };

  // One pattern per exercise purpose, drawn over its colour in --chart-pattern.
  const PATTERNS = {
    "weight-bearing": null,
    resistance: (ctx, size) => {
      for (let x = -size; x < size * 2; x += size / 2) {
        ctx.moveTo(x, size);
        ctx.lineTo(x + size, 0);
      }
    },
    balance: (ctx, size) => {
      ctx.moveTo(size / 2 + 2, size / 2);
      ctx.arc(size / 2, size / 2, 2, 0, Math.PI * 2);
    },
    posture: (ctx, size) => {
      ctx.moveTo(0, size / 2);
      ctx.lineTo(size, size / 2);
      ctx.moveTo(size / 2, 0);
      ctx.lineTo(size / 2, size);
    },
  };
  const fill = (series, colour, patternColour) => {
    const draw = PATTERNS[series];
    if (!draw) return colour;
    const size = 12;
    const tile = document.createElement("canvas");
    tile.width = size;
    tile.height = size;
    const ctx = tile.getContext("2d");
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, size, size);
    ctx.strokeStyle = patternColour;
    ctx.fillStyle = patternColour;
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    draw(ctx, size);
    if (series === "balance") ctx.fill();
    else ctx.stroke();
    return ctx.createPattern(tile, "repeat");
  };

  // The chart's legend as a list after its box: a swatch drawn like the bars
  // (colour and pattern) or the target line, then the name, in page text.
  const legendFor = (box, datasets, fontSize) => {
    let list = box.nextElementSibling;
    if (!list || !list.matches(".chart-legend")) {
      list = document.createElement("ul");
      list.className = "chart-legend";
      // The table beside the chart has the same names and numbers.
      list.setAttribute("aria-hidden", "true");
      box.after(list);
    }
    list.replaceChildren(
      ...datasets.map((set) => {
        const item = document.createElement("li");
        const swatch = document.createElement("canvas");
        swatch.width = Math.round(fontSize * 2);
        swatch.height = Math.round(fontSize);
        const ctx = swatch.getContext("2d");
        if (set.type === "line") {
          ctx.strokeStyle = set.borderColor;
          ctx.lineWidth = 3;
          ctx.setLineDash(set.borderDash || []);
          ctx.beginPath();
          ctx.moveTo(0, swatch.height / 2);
          ctx.lineTo(swatch.width, swatch.height / 2);
          ctx.stroke();
        } else {
          ctx.fillStyle = set.backgroundColor;
          ctx.fillRect(0, 0, swatch.width, swatch.height);
        }
        item.append(swatch, set.label);
        return item;
      }),
    );
  };

  const charts = [];
  const draw = (canvas, data) => {
    const box = canvas.parentElement;
    const narrow = box.clientWidth < NARROW;
    const fontSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const ink = cssColour("--chart-ink");
    const grid = cssColour("--chart-grid");
    const patternColour = cssColour("--chart-pattern");
    const datasets = data.datasets.map((set) => {
      const colour = cssColour(`--chart-${set.series}`);
      if (set.type === "line") {
        return { ...set, borderColor: colour, backgroundColor: colour, borderWidth: 3, pointStyle: "line" };
      }
      return {
        ...set,
        backgroundColor: fill(set.series, colour, patternColour),
        borderColor: patternColour,
        borderWidth: data.stacked ? 1 : 0,
        pointStyle: "rect",
      };
    });
    // On its side, a chart needs a row per label (two for "(estimate)") and
    // room for the legend and the value axis; upright, a fixed height will do.
    if (narrow) {
      const lines = data.labels.reduce((sum, label) => sum + (Array.isArray(label) ? label.length : 1), 0);
      box.style.height = `${Math.round(lines * fontSize * 1.3 + data.labels.length * 6 + fontSize * 4)}px`;
    } else {
      box.style.height = "";
    }
    const valueAxis = {
      stacked: Boolean(data.stacked),
      beginAtZero: true,
      title: { display: true, text: data.unit, color: ink },
      // Upright numbers, as many as fit side by side without touching.
      ticks: {
        color: ink,
        maxRotation: 0,
        maxTicksLimit: narrow ? Math.max(2, Math.floor((box.clientWidth * 0.6) / (fontSize * 3.5))) : 8,
      },
      grid: { color: grid },
      border: { color: ink },
    };
    const labelAxis = {
      stacked: Boolean(data.stacked),
      ticks: { color: ink, maxRotation: 0, autoSkip: !narrow },
      grid: { display: false },
      border: { color: ink },
    };
    legendFor(box, datasets, fontSize);
    return new Chart(canvas, {
      data: { labels: data.labels, datasets },
      options: {
        indexAxis: narrow ? "y" : "x",
        font: { size: fontSize },
        color: ink,
        scales: narrow ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
        plugins: {
          // The legend is a list under the chart (see legendFor), which
          // wraps on a phone instead of cutting names off.
          legend: { display: false },
          tooltip: { titleFont: { size: fontSize }, bodyFont: { size: fontSize } },
        },
      },
    });
  };

  const drawAll = () => {
    charts.splice(0).forEach(({ chart }) => chart.destroy());
    Chart.defaults.font.size = parseFloat(getComputedStyle(document.documentElement).fontSize);
    document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
      const source = document.getElementById(canvas.dataset.chart);
      if (!source) return;
      const data = JSON.parse(source.textContent);
      charts.push({ chart: draw(canvas, data), narrow: canvas.parentElement.clientWidth < NARROW });
    });
  };
  drawAll();

  // Draw again when the colours or the layout change: the user's text size or
  // contrast (static/js/display.js), forced colours turned on or off, or a
  // screen turned from upright to wide.
  document.addEventListener("display-change", drawAll);
  forcedColours.addEventListener("change", drawAll);
  window.addEventListener("resize", () => {
    const changed = charts.some(({ chart, narrow }) => (chart.canvas.parentElement.clientWidth < NARROW) !== narrow);
    if (changed) drawAll();
  });
});
