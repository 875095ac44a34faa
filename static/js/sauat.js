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
  // Assessments: autosave each answer through the API as soon as it changes.
  var quizForm = document.querySelector("form[data-autosave]");
  function responseFor(fieldset) {
    var key = fieldset.dataset.question, kind = fieldset.dataset.kind;
    var special = fieldset.querySelector('input[name="q-' + key + '-special"]:checked');
    if (special) return { special: special.value };
    var named = function (name) { return fieldset.querySelectorAll('[name="' + name + '"]'); };
    if (["single", "truefalse", "choice", "likert"].indexOf(kind) >= 0) {
      var checked = fieldset.querySelector('input[name="q-' + key + '"]:checked');
      return checked ? { choice: checked.value } : null;
    }
    if (kind === "multiple" || kind === "multichoice") {
      var values = Array.prototype.map.call(fieldset.querySelectorAll('input[name="q-' + key + '"]:checked'), function (i) { return i.value; });
      return values.length ? { choices: values } : null;
    }
    var selects = fieldset.querySelectorAll("select");
    if (kind === "matching") {
      var pairs = {}, any = false;
      selects.forEach(function (s) { if (s.value) { pairs[s.name.slice(key.length + 3)] = s.value; any = true; } });
      return any ? { pairs: pairs } : null;
    }
    if (kind === "ordering") {
      var ranked = [], complete = true;
      selects.forEach(function (s) { if (!s.value) complete = false; ranked.push([parseInt(s.value, 10), s.name.slice(key.length + 3)]); });
      if (!complete) return null;
      ranked.sort(function (a, b) { return a[0] - b[0]; });
      return { order: ranked.map(function (pair) { return pair[1]; }) };
    }
    var field = named("q-" + key)[0];
    if (!field || !field.value.trim()) return null;
    if (kind === "number") return { number: Number(field.value) };
    return { text: field.value };
  }
  if (quizForm && quizForm.dataset.autosave) {
    var status = document.querySelector("[data-save-status]");
    var timers = {};
    quizForm.addEventListener("change", function (event) { save(event.target.closest("fieldset[data-question]")); });
    quizForm.addEventListener("input", function (event) {
      var fieldset = event.target.closest("fieldset[data-question]");
      if (!fieldset || event.target.tagName === "SELECT" || event.target.type === "radio" || event.target.type === "checkbox") return;
      clearTimeout(timers[fieldset.dataset.question]);
      timers[fieldset.dataset.question] = setTimeout(function () { save(fieldset); }, 800);
    });
    function save(fieldset) {
      if (!fieldset) return;
      var response = responseFor(fieldset);
      if (!response) return;
      var confidence = fieldset.querySelector('input[name="c-' + fieldset.dataset.question + '"]:checked');
      if (status) status.textContent = quizForm.dataset.savingText;
      fetch(quizForm.dataset.autosave + encodeURIComponent(fieldset.dataset.question), {
        method: "PUT",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": cookie("csrftoken") },
        body: JSON.stringify({ response: response, confidence: confidence ? parseInt(confidence.value, 10) : null }),
      }).then(function (reply) {
        return reply.json().then(function (data) {
          if (!status) return;
          if (reply.ok) {
            status.textContent = quizForm.dataset.savedText;
            var count = document.querySelector("[data-answered-count]");
            if (count) count.textContent = Array.prototype.filter.call(quizForm.querySelectorAll("fieldset[data-question]"), responseFor).length;
          } else {
            status.textContent = data.message || quizForm.dataset.errorText;
          }
          document.body.dataset.lastSave = reply.ok ? "ok" : "error";
        });
      }).catch(function () { if (status) status.textContent = quizForm.dataset.errorText; });
    }
  }
  // Timed attempts: a countdown; the server enforces the limit either way.
  var clock = document.querySelector("[data-seconds-left]");
  if (clock) {
    var left = parseInt(clock.dataset.secondsLeft, 10);
    var tick = setInterval(function () {
      left = Math.max(0, left - 1);
      clock.textContent = clock.dataset.label.replace("%(time)s", Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0"));
      if (left === 0) {
        clearInterval(tick);
        var submit = document.querySelector('form.attempt-form button[name="submit"]');
        if (submit) { submit.removeAttribute("data-confirm"); submit.click(); }
      }
    }, 1000);
  }
  document.querySelectorAll("button[data-confirm]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      if (button.dataset.confirm && !window.confirm(button.dataset.confirm)) event.preventDefault();
    });
  });
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
// Learning path: the end of a lesson shows the next step (the link to the path page works without this).
(function () {
  var slot = document.querySelector("[data-next-step-url]");
  if (!slot || !window.fetch) return;
  fetch(slot.dataset.nextStepUrl, { credentials: "same-origin" }).then(function (response) {
    return response.ok ? response.text() : null;
  }).then(function (html) {
    if (html) slot.innerHTML = html;
  });
})();
// Recordings: report the share actually played at each quarter (analytics "recording watched"; signed-in only).
(function () {
  var player = document.querySelector("[data-player][data-progress-url]");
  if (!player || !window.fetch) return;
  var played = 0, last = null, reported = 0;
  function csrf() {
    var match = document.cookie.match(/(?:^|; )csrftoken=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : "";
  }
  function report() {
    if (!player.duration || !isFinite(player.duration)) return;
    var share = Math.min(played / player.duration, 1);
    var quarter = Math.floor(share * 4 + 0.02) / 4;
    if (quarter <= reported) return;
    reported = quarter;
    fetch(player.dataset.progressUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf() },
      body: JSON.stringify({ share: quarter })
    }).catch(function () {});
  }
  player.addEventListener("timeupdate", function () {
    var now = player.currentTime;
    if (last !== null && !player.seeking && now > last && now - last < 2) played += now - last;
    last = now;
    report();
  });
  player.addEventListener("seeking", function () { last = null; });
  player.addEventListener("ended", report);
})();
