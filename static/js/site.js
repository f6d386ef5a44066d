// JavaScript runs, so Bootstrap can collapse the menu: drop the no-JS styles
// (static/css/app.css shows the menu open when this never runs).
document.documentElement.classList.remove("no-js");
