// Sauat progressive enhancements; every page works without this file.
(function () {
  function cookie(name) {
    var match = document.cookie.match(new RegExp("(?:^|; )" + name + "=([^;]*)"));
    return match ? decodeURIComponent(match[1]) : "";
  }
  // Cached anonymous pages carry no CSRF token in the HTML: take it from the cookie.
  document.querySelectorAll("[data-csrf-from-cookie]").forEach(function (input) {
    input.value = cookie("csrftoken");
  });
  // Reaching the end of a lesson marks it complete.
  var end = document.querySelector("[data-lesson-end][data-complete-url]");
  if (end && "IntersectionObserver" in window) {
    var sent = false;
    var observer = new IntersectionObserver(function (entries) {
      if (sent || !entries.some(function (e) { return e.isIntersecting; })) return;
      sent = true;
      observer.disconnect();
      fetch(end.dataset.completeUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": cookie("csrftoken"), "Accept": "application/json" },
      }).then(function (response) {
        if (response.ok) document.body.dataset.lessonCompleted = "true";
      });
    });
    observer.observe(end);
  }
})();
