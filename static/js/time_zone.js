// Preselect the browser's time zone on a time-zone select that still shows the
// default (UTC), so most people never need to scroll the long list. A browser
// that reports a legacy name (Asia/Calcutta) finds its listed zone through the
// select's data-time-zone-aliases map.
document.addEventListener("DOMContentLoaded", () => {
  const reported = Intl.DateTimeFormat().resolvedOptions().timeZone;
  document.querySelectorAll("select[data-detect-time-zone]").forEach((select) => {
    const aliases = JSON.parse(select.dataset.timeZoneAliases || "{}");
    const browserZone = aliases[reported] || reported;
    const known = Array.from(select.options).some((option) => option.value === browserZone);
    if (browserZone && known && select.value === "UTC") {
      select.value = browserZone;
    }
  });
});
