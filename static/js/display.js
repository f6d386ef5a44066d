// Text size and contrast: restyle the page as soon as a choice changes, then
// save it. The server puts the same classes on <html> on every page load
// (Profile.display_classes); without JavaScript the form's Save button sends it.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form[data-display-setting]");
  if (!form) return;
  const status = form.querySelector("[data-display-status]");
  const root = document.documentElement;

  const apply = () => {
    const size = form.querySelector("input[name$='text_size']:checked");
    const contrast = form.querySelector("input[name$='high_contrast']");
    root.classList.remove("text-large", "text-larger");
    if (size && size.value !== "normal") root.classList.add(`text-${size.value}`);
    root.classList.toggle("high-contrast", Boolean(contrast && contrast.checked));
    // Charts read their colours and sizes from CSS: let them draw again.
    document.dispatchEvent(new CustomEvent("display-change"));
  };

  form.addEventListener("change", async () => {
    apply();
    status.textContent = "Saving…";
    try {
      const answer = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { "X-Display-Setting": "1" },
        credentials: "same-origin",
      });
      status.textContent = answer.ok
        ? "Saved. Every page now shows this way."
        : "Not saved. Press the Save button to try again.";
    } catch {
      status.textContent = "Not saved. Press the Save button to try again.";
    }
  });
});
