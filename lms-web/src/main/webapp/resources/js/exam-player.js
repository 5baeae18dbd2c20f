/*
 * W/LINK exam player: saves every answer on the server the moment it changes.
 *
 * The page renders each question as a <section class="exam-slot" data-position data-kind
 * data-revision> holding plain inputs marked with data-choice, data-answer, data-text,
 * data-prompt, data-item or data-gap. This script reads a slot's inputs into the JSON form of
 * jp.wlink.question.scoring.Response and PUTs it with the revision the tab last saw. The server
 * refuses a save based on an older revision (409), so a stale tab can never overwrite a newer
 * answer; it then shows the newer answer instead. Saves that fail for want of a connection stay
 * in localStorage and are retried until they land, also after a reload. All visible words come
 * from data-msg-* attributes on the form, which the page fills from the resource bundles.
 * Optional overview: elements marked data-nav, data-unanswered and data-flagged (holding a
 * position) and data-count (answered, unanswered, flagged) follow each slot's state.
 */
(function () {
  "use strict";

  var TEXT_DELAY_MS = 500;
  var RETRY_MIN_MS = 1000;
  var RETRY_MAX_MS = 15000;
  var MULTI_SEPARATOR = "\n"; // Response.Gaps.CHOICE_SEPARATOR

  function Player(form) {
    this.form = form;
    this.api = form.getAttribute("data-api");
    this.storageKey = "wlink-exam-" + form.getAttribute("data-attempt");
    this.slots = {};
    this.retryDelay = RETRY_MIN_MS;
    this.closed = false;
    var sections = form.querySelectorAll(".exam-slot");
    for (var i = 0; i < sections.length; i++) {
      var slot = new Slot(this, sections[i]);
      this.slots[slot.position] = slot;
    }
    this.restorePending();
    this.refreshOverview();
    this.startClock();
    var self = this;
    window.addEventListener("online", function () { self.flushAll(); });
  }

  Player.prototype.message = function (name) {
    return this.form.getAttribute("data-msg-" + name) || "";
  };

  Player.prototype.pending = function () {
    try {
      return JSON.parse(window.localStorage.getItem(this.storageKey) || "{}");
    } catch (e) {
      return {};
    }
  };

  Player.prototype.remember = function (position, entry) {
    var all = this.pending();
    if (entry) {
      all[position] = entry;
    } else {
      delete all[position];
    }
    try {
      window.localStorage.setItem(this.storageKey, JSON.stringify(all));
    } catch (e) {
      // Storage full or disabled: the save still goes to the server, only offline safety is lost.
    }
  };

  Player.prototype.restorePending = function () {
    var all = this.pending();
    for (var position in all) {
      var slot = this.slots[position];
      if (slot && all[position].baseRevision === slot.revision) {
        slot.apply(all[position].response);
        slot.queue(all[position].response);
      } else {
        this.remember(position, null);
      }
    }
  };

  Player.prototype.refreshOverview = function () {
    var counts = { answered: 0, unanswered: 0, flagged: 0 };
    for (var position in this.slots) {
      var answered = this.slots[position].hasAnswer();
      var flagged = this.slots[position].isFlagged();
      counts[answered ? "answered" : "unanswered"] += 1;
      counts.flagged += flagged ? 1 : 0;
      var marks = this.form.querySelectorAll("[data-nav='" + position + "']");
      for (var i = 0; i < marks.length; i++) {
        marks[i].classList.toggle("is-answered", answered);
        marks[i].classList.toggle("is-flagged", flagged);
      }
      this.showOnly("[data-unanswered='" + position + "']", !answered);
      this.showOnly("[data-flagged='" + position + "']", flagged);
    }
    for (var name in counts) {
      var count = this.form.querySelector("[data-count='" + name + "']");
      if (count) {
        count.textContent = String(counts[name]);
      }
    }
  };

  Player.prototype.showOnly = function (selector, shown) {
    var elements = this.form.querySelectorAll(selector);
    for (var i = 0; i < elements.length; i++) {
      elements[i].classList.toggle("is-hidden", !shown);
    }
  };

  Player.prototype.flushAll = function () {
    for (var position in this.slots) {
      this.slots[position].send();
    }
  };

  Player.prototype.close = function () {
    if (this.closed) {
      return;
    }
    this.closed = true;
    window.localStorage.removeItem(this.storageKey);
    var notice = this.form.querySelector(".exam-closed");
    if (notice) {
      notice.hidden = false;
      notice.textContent = this.message("closed");
    }
    var result = this.form.getAttribute("data-result-url");
    if (result) {
      window.setTimeout(function () { window.location.assign(result); }, 1500);
    }
  };

  Player.prototype.startClock = function () {
    var clock = this.form.querySelector(".exam-clock");
    var deadline = Number(this.form.getAttribute("data-deadline"));
    if (!clock || !deadline) {
      return;
    }
    var skew = Number(this.form.getAttribute("data-server-now")) - Date.now();
    var self = this;
    var tick = function () {
      var left = Math.max(0, deadline - (Date.now() + skew));
      var minutes = Math.floor(left / 60000);
      var seconds = Math.floor((left % 60000) / 1000);
      clock.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
      if (left === 0) {
        self.close();
      } else {
        window.setTimeout(tick, 1000);
      }
    };
    tick();
  };

  function Slot(player, section) {
    this.player = player;
    this.section = section;
    this.position = section.getAttribute("data-position");
    this.kind = section.getAttribute("data-kind");
    this.revision = Number(section.getAttribute("data-revision") || "0");
    this.status = section.querySelector(".exam-slot-status");
    this.waiting = null;
    this.inFlight = false;
    this.timer = null;
    var self = this;
    section.addEventListener("change", function (event) { self.changed(event, 0); });
    section.addEventListener("input", function (event) {
      // Half-converted kana (IME composition) are not an answer yet; compositionend saves.
      if (!event.isComposing && isTyped(event.target)) {
        self.changed(event, TEXT_DELAY_MS);
      }
    });
    section.addEventListener("compositionend", function (event) {
      if (isTyped(event.target)) {
        self.changed(event, TEXT_DELAY_MS);
      }
    });
    var saved = section.getAttribute("data-response");
    if (saved) {
      try {
        this.apply(JSON.parse(saved));
      } catch (e) {
        // A response the page could not hand over intact is shown empty; the server keeps it.
      }
    }
    var flag = section.querySelector("[data-flag]");
    this.flag = flag;
    if (flag) {
      section.classList.toggle("exam-slot--flagged", this.isFlagged());
      flag.addEventListener("click", function (event) {
        event.preventDefault();
        self.toggleFlag(flag);
      });
    }
  }

  function isTyped(input) {
    return input.hasAttribute("data-text") || input.hasAttribute("data-gap");
  }

  Slot.prototype.changed = function (event, delay) {
    if (event.target.hasAttribute("data-flag")) {
      return;
    }
    var self = this;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(function () { self.queue(self.read()); }, delay);
  };

  Slot.prototype.inputs = function (attribute) {
    return this.section.querySelectorAll("[" + attribute + "]");
  };

  Slot.prototype.read = function () {
    switch (this.kind) {
      case "choice":
        return { kind: "choice", choices: this.checked("data-choice") };
      case "trueFalse":
        var chosen = this.section.querySelector("[data-answer]:checked");
        return chosen ? { kind: "trueFalse", answer: chosen.value === "true" } : null;
      case "text":
        return { kind: "text", text: this.section.querySelector("[data-text]").value };
      case "matching":
        return { kind: "matching", answers: this.valuesBy("data-prompt") };
      case "ordering":
        return { kind: "ordering", order: this.order() };
      case "cloze":
        return { kind: "cloze", answers: this.gaps() };
      default:
        return null;
    }
  };

  Slot.prototype.isFlagged = function () {
    return Boolean(this.flag) && this.flag.getAttribute("aria-pressed") === "true";
  };

  /** Whether the inputs hold an answer, as the server's summary counts one. */
  Slot.prototype.hasAnswer = function () {
    if (this.kind === "ordering") {
      return Object.keys(this.valuesBy("data-item")).length > 0;
    }
    var response = this.read();
    if (!response) {
      return false;
    }
    switch (response.kind) {
      case "choice":
        return response.choices.length > 0;
      case "text":
        return response.text.trim() !== "";
      case "matching":
      case "cloze":
        return Object.keys(response.answers).length > 0;
      default:
        return true;
    }
  };

  Slot.prototype.checked = function (attribute) {
    var result = [];
    var inputs = this.inputs(attribute);
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i].checked) {
        result.push(Number(inputs[i].getAttribute(attribute)));
      }
    }
    return result;
  };

  Slot.prototype.valuesBy = function (attribute) {
    var result = {};
    var inputs = this.inputs(attribute);
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i].value !== "") {
        result[inputs[i].getAttribute(attribute)] = inputs[i].value;
      }
    }
    return result;
  };

  Slot.prototype.order = function () {
    var items = this.inputs("data-item");
    var placed = [];
    for (var i = 0; i < items.length; i++) {
      placed.push({ item: Number(items[i].getAttribute("data-item")),
                    place: Number(items[i].value || 9999) });
    }
    placed.sort(function (a, b) { return a.place - b.place || a.item - b.item; });
    return placed.map(function (p) { return p.item; });
  };

  Slot.prototype.gaps = function () {
    var result = {};
    var inputs = this.inputs("data-gap");
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      var gap = input.getAttribute("data-gap");
      if (input.type === "checkbox" || input.type === "radio") {
        if (input.checked) {
          result[gap] = result[gap] ? result[gap] + MULTI_SEPARATOR + input.value : input.value;
        }
      } else if (input.value !== "") {
        result[gap] = input.value;
      }
    }
    return result;
  };

  Slot.prototype.apply = function (response) {
    if (!response) {
      return;
    }
    var inputs = this.section.querySelectorAll("input, select, textarea");
    for (var i = 0; i < inputs.length; i++) {
      applyTo(inputs[i], response);
    }
  };

  function applyTo(input, response) {
    if (input.hasAttribute("data-choice")) {
      input.checked = response.choices.indexOf(Number(input.getAttribute("data-choice"))) >= 0;
    } else if (input.hasAttribute("data-answer")) {
      input.checked = String(response.answer) === input.value;
    } else if (input.hasAttribute("data-text")) {
      input.value = response.text || "";
    } else if (input.hasAttribute("data-prompt")) {
      input.value = response.answers[input.getAttribute("data-prompt")] || "";
    } else if (input.hasAttribute("data-item")) {
      var place = response.order.indexOf(Number(input.getAttribute("data-item")));
      input.value = place >= 0 ? String(place + 1) : "";
    } else if (input.hasAttribute("data-gap")) {
      var value = response.answers[input.getAttribute("data-gap")] || "";
      if (input.type === "checkbox" || input.type === "radio") {
        input.checked = value.split(MULTI_SEPARATOR).indexOf(input.value) >= 0;
      } else {
        input.value = value;
      }
    }
  }

  Slot.prototype.show = function (name) {
    if (this.status) {
      this.status.textContent = this.player.message(name);
      this.status.setAttribute("data-state", name);
    }
  };

  Slot.prototype.queue = function (response) {
    if (!response || this.player.closed) {
      return;
    }
    this.waiting = response;
    this.player.remember(this.position, { baseRevision: this.revision, response: response });
    this.show("saving");
    this.player.refreshOverview();
    this.send();
  };

  Slot.prototype.send = function () {
    if (this.inFlight || !this.waiting || this.player.closed) {
      return;
    }
    var response = this.waiting;
    this.waiting = null;
    this.inFlight = true;
    var body = JSON.stringify({ baseRevision: this.revision, response: response });
    var self = this;
    window.fetch(this.player.api + "/slots/" + this.position + "/answer", {
      method: "PUT",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: body
    }).then(function (reply) {
      return reply.json().catch(function () { return {}; }).then(function (json) {
        self.answered(reply.status, json, response);
      });
    }).catch(function () {
      self.failed(response);
    });
  };

  Slot.prototype.answered = function (status, json, response) {
    this.inFlight = false;
    if (status === 200) {
      this.revision = json.revision;
      this.player.retryDelay = RETRY_MIN_MS;
      if (!this.waiting) {
        this.player.remember(this.position, null);
        this.show("saved");
      }
    } else if (status === 409) {
      this.takeNewer(json);
    } else if (status === 410 || status === 403) {
      this.player.close();
      return;
    } else {
      this.failed(response);
      return;
    }
    if (this.waiting) {
      this.player.remember(this.position, { baseRevision: this.revision, response: this.waiting });
      this.send();
    }
  };

  /**
   * Replaces this tab's answer with the newer one another tab saved. Typing still waiting for
   * its delay is dropped too, and a field the learner is typing in gets its whole content
   * selected, so the next keystroke replaces the newer answer instead of being appended to it.
   */
  Slot.prototype.takeNewer = function (json) {
    window.clearTimeout(this.timer);
    this.revision = json.revision;
    this.waiting = null;
    this.player.remember(this.position, null);
    this.apply(json.response);
    this.player.refreshOverview();
    this.show("stale");
    var focused = document.activeElement;
    if (focused && this.section.contains(focused) && isTyped(focused)
        && typeof focused.select === "function") {
      focused.select();
    }
  };

  Slot.prototype.failed = function (response) {
    this.inFlight = false;
    if (!this.waiting) {
      this.waiting = response;
    }
    this.show("offline");
    var self = this;
    var delay = this.player.retryDelay;
    this.player.retryDelay = Math.min(RETRY_MAX_MS, delay * 2);
    window.setTimeout(function () { self.send(); }, delay);
  };

  Slot.prototype.toggleFlag = function (button) {
    var flagged = button.getAttribute("aria-pressed") !== "true";
    var self = this;
    window.fetch(this.player.api + "/slots/" + this.position + "/flag", {
      method: "PUT",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ flagged: flagged })
    }).then(function (reply) {
      if (reply.ok) {
        button.setAttribute("aria-pressed", String(flagged));
        self.section.classList.toggle("exam-slot--flagged", flagged);
        self.player.refreshOverview();
      }
    }).catch(function () {
      self.show("offline");
    });
  };

  function start() {
    var forms = document.querySelectorAll("form.exam-player, div.exam-player");
    for (var i = 0; i < forms.length; i++) {
      new Player(forms[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
