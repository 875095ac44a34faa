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
// Recordings: time codes (#t=seconds in transcript, chapters and search links) move the player.
(function () {
  var player = document.querySelector("[data-player]");
  if (!player) return;
  function seek(seconds, play) {
    if (isNaN(seconds)) return;
    player.currentTime = seconds;
    if (play) player.play().catch(function () {});
  }
  function fromHash() {
    var match = window.location.hash.match(/^#t=(\d+(?:\.\d+)?)$/);
    if (match) seek(parseFloat(match[1]), false);
  }
  document.querySelectorAll("[data-seek]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      history.replaceState(null, "", "#t=" + link.dataset.seek);
      seek(parseFloat(link.dataset.seek), true);
    });
  });
  var cues = Array.prototype.slice.call(document.querySelectorAll(".transcript li"));
  player.addEventListener("timeupdate", function () {
    cues.forEach(function (item) {
      var start = parseFloat(item.querySelector("[data-seek]").dataset.seek);
      var next = item.nextElementSibling ? parseFloat(item.nextElementSibling.querySelector("[data-seek]").dataset.seek) : Infinity;
      item.classList.toggle("current", player.currentTime >= start && player.currentTime < next);
    });
  });
  if (player.readyState >= 1) fromHash(); else player.addEventListener("loadedmetadata", fromHash, { once: true });
  window.addEventListener("hashchange", fromHash);
})();
