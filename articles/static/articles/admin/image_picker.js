/*
 * The editor's picture chooser. django-prose-editor opens this page in a
 * window with ?CKEditorFuncNum=N and waits for the CKEditor-style callback
 * window.opener.CKEDITOR.tools.callFunction(N, url, details).
 */
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var root = document.querySelector(".image-picker");
    if (!root) {
      return;
    }
    var funcNum = root.getAttribute("data-func-num");
    root.addEventListener("click", function (event) {
      var button = event.target.closest(".image-picker__choose");
      if (!button) {
        return;
      }
      var opener = window.opener;
      if (!opener || !opener.CKEDITOR || !funcNum) {
        window.prompt("Copy this address into the picture dialog:", button.dataset.url);
        return;
      }
      opener.CKEDITOR.tools.callFunction(funcNum, button.dataset.url, {
        id: button.dataset.id,
        alternative_text: button.dataset.alt,
        caption: button.dataset.caption
      });
      window.close();
    });
  });
})();
