// The reference's search, after its data (CODEBOOK_INDEX, above): every code of every catalog, found by its
// wire value, its Java constant, the vendor's texts or its end-user texts in any language, on pages opened
// from disk as well as served. Results are built with textContent only: what a spec says stays text.
(function () {
  "use strict";
  var data = window.CODEBOOK_INDEX;
  var LIMIT = 50;
  var prepared = null;

  // Case and accents do not count (a search for "ошибка" finds "Ошибка", "е" finds "ё").
  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  }

  // Entry: [catalog, key as shown, wire code, constant, link, reason entry or -1, vendor texts,
  // end-user texts [[locale, text]]]. A code is found by its canonical reason's wire code, and, without
  // end-user texts of its own, by its reason's, which it shows.
  function prepare() {
    if (prepared) {
      return prepared;
    }
    prepared = data.codes.map(function (entry) {
      var userTexts = entry[7].length > 0 || entry[5] < 0 ? entry[7] : data.codes[entry[5]][7];
      var reason = entry[5] < 0 ? "" : data.codes[entry[5]][2];
      var words = [entry[1], entry[3], data.catalogs[entry[0]][0], reason].concat(entry[6],
          userTexts.map(function (text) { return text[1]; }));
      return {
        entry: entry,
        userTexts: userTexts,
        key: fold(entry[1]),
        wire: fold(entry[2]),
        constant: fold(entry[3].slice(entry[3].indexOf(".") + 1)),
        haystack: fold(words.join("\n"))
      };
    });
    return prepared;
  }

  // Exact wire values and constants first, then keys that start or hold the query, then any text.
  function rank(item, query) {
    if (item.wire === query || item.key === query || item.constant === query) {
      return 0;
    }
    if (item.key.indexOf(query) === 0 || item.constant.indexOf(query) === 0) {
      return 1;
    }
    if (item.key.indexOf(query) >= 0 || item.constant.indexOf(query) >= 0) {
      return 2;
    }
    return 3;
  }

  // Every word of the query must occur in the code's texts.
  function search(raw) {
    var query = fold(raw.trim());
    var terms = query.split(/\s+/).filter(Boolean);
    if (terms.length === 0) {
      return null;
    }
    var found = [];
    prepare().forEach(function (item, position) {
      for (var i = 0; i < terms.length; i++) {
        if (item.haystack.indexOf(terms[i]) < 0) {
          return;
        }
      }
      found.push({ item: item, rank: rank(item, query), position: position });
    });
    found.sort(function (a, b) { return a.rank - b.rank || a.position - b.position; });
    return { terms: terms, found: found };
  }

  // What to show under a result: its first text (the vendor's description, where it has one) when its
  // key or constant holds the query, else the first of its texts holding every word.
  function excerpt(item, terms) {
    var texts = item.entry[6].map(function (text) { return [text, ""]; })
        .concat(item.userTexts.map(function (text) { return [text[1], text[0]]; }));
    var named = (item.key + "\n" + item.constant);
    if (terms.every(function (term) { return named.indexOf(term) >= 0; })) {
      return texts.length > 0 ? texts[0] : null;
    }
    for (var i = 0; i < texts.length; i++) {
      var folded = fold(texts[i][0]);
      if (terms.every(function (term) { return folded.indexOf(term) >= 0; })) {
        return texts[i];
      }
    }
    return texts.length > 0 ? texts[0] : null;
  }

  function element(tag, text, className) {
    var made = document.createElement(tag);
    if (text) {
      made.textContent = text;
    }
    if (className) {
      made.className = className;
    }
    return made;
  }

  function show(raw) {
    var status = document.getElementById("search-status");
    var section = document.getElementById("search-results");
    var list = document.getElementById("search-list");
    var root = document.documentElement.getAttribute("data-root") || "";
    var result = search(raw);
    list.textContent = "";
    if (!result) {
      section.hidden = true;
      status.textContent = "";
      return;
    }
    result.found.slice(0, LIMIT).forEach(function (hit) {
      var entry = hit.item.entry;
      var item = document.createElement("li");
      var link = element("a");
      link.href = root + entry[4];
      link.appendChild(element("code", entry[1]));
      item.appendChild(link);
      item.appendChild(element("span", " " + data.catalogs[entry[0]][1] + " · " + entry[3], "muted"));
      var text = excerpt(hit.item, result.terms);
      if (text) {
        var said = element("p", text[0], "prose");
        if (text[1]) {
          said.lang = text[1];
        }
        item.appendChild(said);
      }
      list.appendChild(item);
    });
    var count = result.found.length;
    var quoted = "\u201c" + raw.trim() + "\u201d";
    status.textContent = count === 0 ? "No code matches " + quoted + "."
        : (count === 1 ? "1 code matches " : count + " codes match ") + quoted
          + (count > LIMIT ? "; the first " + LIMIT + " are listed." : ".");
    section.hidden = count === 0;
  }

  // Keeps the search in the address bar, so it can be shared as a link; a page opened from disk may refuse.
  function remember(raw) {
    try {
      var url = new URL(window.location.href);
      if (raw.trim()) {
        url.searchParams.set("q", raw.trim());
      } else {
        url.searchParams.delete("q");
      }
      window.history.replaceState(null, "", url.toString());
    } catch (refused) {
      // the page keeps its address; the results are shown all the same
    }
  }

  function init() {
    var input = document.getElementById("q");
    if (!input || !data) {
      return;
    }
    var timer = null;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { show(input.value); }, 150);
    });
    input.form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      show(input.value);
      remember(input.value);
    });
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) {
      input.value = initial;
      show(initial);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
