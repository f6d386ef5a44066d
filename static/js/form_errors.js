// After a failed submit, move the focus to the error summary
// (templates/_form_errors.html) so it is read out first, as the GOV.UK design
// system does; each of its links then moves the focus to its field, with the
// field's label or question scrolled into view above it. A form sent with htmx
// (the diary's add) gets its summary in the swapped content: it takes the focus
// the same way.
function focusSummary(root) {
  const summary = root.querySelector("[data-error-summary]");
  if (summary) summary.focus();
  return summary;
}

// What shows a field's question: a checklist question's legend is read out but
// hidden, and its words show in the folding item's summary line.
function shownHeading(legend) {
  if (!legend.classList.contains("visually-hidden")) return legend;
  const item = legend.closest("details");
  return item ? item.querySelector(":scope > summary") : null;
}

function goToField(event) {
  const link = event.target.closest("[data-error-summary] a[href^='#']");
  if (!link) return;
  const field = document.getElementById(link.hash.slice(1));
  if (!field) return;
  event.preventDefault();
  // Show as much of the question as fits above the field: the outermost
  // group's legend (a checklist question), else the nearest one, else the
  // field's label. A radio button's own label is its answer, not its question.
  const legends = [];
  for (let group = field.closest("fieldset"); group; group = group.parentElement.closest("fieldset")) {
    const legend = group.querySelector(":scope > legend");
    if (legend) legends.unshift(shownHeading(legend));
  }
  const label = document.querySelector(`label[for="${CSS.escape(field.id)}"]`);
  const choice = field.type === "radio" || field.type === "checkbox";
  const headings = [...legends.filter(Boolean), choice && legends.length ? null : label].filter(Boolean);
  const bottom = field.getBoundingClientRect().bottom;
  const fits = (heading) => bottom - heading.getBoundingClientRect().top < window.innerHeight * 0.9;
  const heading = headings.find(fits) || field;
  heading.scrollIntoView({ block: "start" });
  field.focus({ preventScroll: true });
}

document.addEventListener("DOMContentLoaded", () => {
  document.addEventListener("click", goToField);
  const summary = focusSummary(document);
  if (!summary) return;
  // A page sent to an anchor (the diary's "#add-heading") scrolls to it after
  // this runs, and the browser drops the focus as it does: take it back.
  window.addEventListener("load", () => {
    if (document.activeElement === document.body) summary.focus();
  });
});

document.addEventListener("htmx:afterSettle", (event) => focusSummary(event.detail.elt));
