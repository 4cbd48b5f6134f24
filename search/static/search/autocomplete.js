// Why: suggest page and document titles while a citizen types (Thai included).
// Fills the search box's <datalist>; titles are inserted as text, never as HTML.
(function () {
  "use strict";
  var input = document.getElementById("search-q");
  if (!input) return;
  var list = document.getElementById(input.getAttribute("list"));
  var url = input.getAttribute("data-autocomplete-url");
  var timer = null;
  var controller = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var value = input.value.trim();
    if (value.length < 2) return;
    timer = setTimeout(function () {
      if (controller) controller.abort();
      controller = new AbortController();
      fetch(url + "?q=" + encodeURIComponent(value), { signal: controller.signal, headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) {
          list.textContent = "";
          data.results.forEach(function (item) {
            var option = document.createElement("option");
            option.value = item.title;
            option.label = item.type;
            list.appendChild(option);
          });
        })
        .catch(function () { /* a failed suggestion is not an error for the citizen */ });
    }, 200);
  });
})();
