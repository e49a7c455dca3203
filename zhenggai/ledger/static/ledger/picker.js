// Searchable picker for long multi-selects (the rules form's linked measures). An external file, no inline
// script: the CSP allows scripts from 'self' only. Without JavaScript the checkbox list still works.
(function () {
  "use strict";
  function setUp(picker) {
    var options = picker.querySelector(".picker-options");
    var labels = Array.prototype.slice.call(options.querySelectorAll("label"));
    var search = document.createElement("input");
    search.type = "search";
    search.className = "picker-search";
    search.placeholder = "搜索措施编号或内容";
    search.setAttribute("aria-label", "搜索措施");
    var count = document.createElement("span");
    count.className = "small muted picker-count";
    function refresh() {
      var chosen = labels.filter(function (l) { return l.querySelector("input").checked; }).length;
      count.textContent = "已选" + chosen + "项";
    }
    search.addEventListener("input", function () {
      var words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      labels.forEach(function (label) {
        var text = (label.getAttribute("data-text") || "").toLowerCase();
        var match = words.every(function (w) { return text.indexOf(w) !== -1; });
        label.classList.toggle("hidden", !match && !label.querySelector("input").checked);
      });
    });
    options.addEventListener("change", refresh);
    picker.insertBefore(search, options);
    picker.insertBefore(count, options);
    refresh();
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-picker]"), setUp);
  });
})();
