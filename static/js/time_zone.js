// Preselect the browser's time zone on a time-zone select that still shows the
// default (UTC), so most people never need to scroll the long list.
document.addEventListener("DOMContentLoaded", () => {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  document.querySelectorAll("select[data-detect-time-zone]").forEach((select) => {
    const known = Array.from(select.options).some((option) => option.value === browserZone);
    if (browserZone && known && select.value === "UTC") {
      select.value = browserZone;
    }
  });
});
