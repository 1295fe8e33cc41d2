/*
 * The admin's slug pre-filling, with the site's one slug rule.
 *
 * Django's prepopulate.js calls the global URLify(); this replaces it with
 * a copy of articles/slugs.py (Ukraine's national romanisation, then
 * Django's slugify), so "Київ" becomes "kyiv" in the form exactly as it
 * does on save. tests/e2e compares the two on a list of headlines.
 */
(function () {
  "use strict";
  var LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e",
    "є": "ie", "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
    "ё": "io", "ы": "y", "э": "e", "ъ": ""
  };
  var WORD_START = { "є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya" };
  var APOSTROPHES = "'\u2019\u02bc`";
  // Python's \w on str: letters, digits, underscore.
  var WORD = /[\p{L}\p{N}_'\u2019\u02bc`]+/gu;

  function transliterateWord(word) {
    var out = "";
    var previous = "";
    var chars = Array.from(word);
    for (var index = 0; index < chars.length; index++) {
      var lower = chars[index].toLowerCase();
      if (APOSTROPHES.indexOf(lower) !== -1) {
        continue;
      }
      if (index === 0 && Object.prototype.hasOwnProperty.call(WORD_START, lower)) {
        out += WORD_START[lower];
      } else if (lower === "г" && previous === "з") {
        out += "gh";
      } else if (Object.prototype.hasOwnProperty.call(LETTERS, lower)) {
        out += LETTERS[lower];
      } else {
        out += lower;
      }
      previous = lower;
    }
    return out;
  }

  function transliterate(text) {
    return text.replace(WORD, transliterateWord);
  }

  // django.utils.text.slugify(allow_unicode=False).
  function slugify(value) {
    value = value.normalize("NFKD").replace(/[^\x00-\x7f]/g, "");
    value = value.replace(/[^\w\s-]/g, "").trim().toLowerCase();
    return value.replace(/[-\s]+/g, "-").replace(/^[-_]+|[-_]+$/g, "");
  }

  function slugFromHeadline(headline, maxLength) {
    maxLength = maxLength || 120;
    var slug = slugify(transliterate(headline));
    if (slug.length > maxLength) {
      slug = slug.slice(0, maxLength);
      var cut = slug.lastIndexOf("-");
      if (cut !== -1) {
        slug = slug.slice(0, cut);
      }
    }
    return slug;
  }

  window.portalSlugFromHeadline = slugFromHeadline;
  window.URLify = function (text, numChars) {
    if (!text.trim()) {
      return "";
    }
    return slugFromHeadline(text, Math.min(numChars || 120, 120)) || "article";
  };
})();
