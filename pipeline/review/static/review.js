// dbr-extract review pages: the evidence of a claim, and sortable tables. The pages work
// without it (links still jump to the evidence; tables keep their order).
"use strict";

function showEvidence(link) {
  for (const sentence of document.querySelectorAll(".sent.active")) sentence.classList.remove("active");
  for (const id of link.dataset.evidence.split(" ")) document.getElementById(id)?.classList.add("active");
}

function sortBy(button) {
  const heading = button.closest("th");
  const table = heading.closest("table");
  const column = Number(button.dataset.column);
  const ascending = heading.getAttribute("aria-sort") !== "ascending";
  for (const other of table.querySelectorAll("th[aria-sort]")) other.removeAttribute("aria-sort");
  heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  const numeric = button.dataset.type === "number";
  const value = (row) => row.cells[column].dataset.value ?? row.cells[column].textContent.trim();
  const body = table.tBodies[0];
  const rows = [...body.rows];
  rows.sort((a, b) => {
    const x = value(a), y = value(b);
    if (x === "" || y === "") return (x === "") - (y === "");  // rows without a value go last either way
    const order = numeric ? Number(x) - Number(y) : x.localeCompare(y, "ko");
    return ascending ? order : -order;
  });
  body.append(...rows);
}

document.addEventListener("click", (event) => {
  const evidence = event.target.closest("a.evidence-link");
  if (evidence) showEvidence(evidence);
  const sorter = event.target.closest("table.sortable th button");
  if (sorter) sortBy(sorter);
});
