// The organizers' page works without this script; it only makes it quicker to use:
// changing a goal's weight or the what-if choice submits the form at once, and the result
// gets a "copy this link" button. The view always lives in the URL.
(function () {
  "use strict";
  var form = document.getElementById("situation");
  if (!form) {
    return;
  }
  form.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () {
      if (document.getElementById("results")) {
        form.requestSubmit ? form.requestSubmit() : form.submit();
      }
    });
  });
  var share = document.getElementById("share");
  if (share && navigator.clipboard) {
    share.hidden = false;
    share.addEventListener("click", function (event) {
      event.preventDefault();
      navigator.clipboard.writeText(window.location.href);
    });
  }
})();
