// After a spine fracture, show the gentler-choice note for the chosen activity.
// Without JavaScript the note for the activity the page opened with still shows.
document.addEventListener("DOMContentLoaded", () => {
  const select = document.getElementById("id_exercise_type");
  const notes = document.querySelectorAll("[data-gentler-choices] [data-type-id]");
  if (!select || notes.length === 0) return;
  select.addEventListener("change", () => {
    notes.forEach((note) => {
      note.hidden = note.dataset.typeId !== select.value;
    });
  });
});
