// The diary's search box keeps its words after an add, so the results stay in
// view. A tap on the box then selects them, as a Tab into it already does, so
// typing starts the next search without a tap on the box's clear button first.
document.addEventListener("DOMContentLoaded", () => {
  const box = document.getElementById("intake-q");
  if (!box) return;
  let pointerFocus = false;
  box.addEventListener("pointerdown", () => {
    pointerFocus = document.activeElement !== box;
  });
  box.addEventListener("pointerup", (event) => {
    if (!pointerFocus || !box.value) return;
    pointerFocus = false;
    // After the tap's own caret placement, which would undo the selection.
    event.preventDefault();
    box.select();
  });
});
