// The student page: one <psy-screening> after another; when the last completes, the item
// answers (never the scores) go to the server, which scores and records them.
const form = document.getElementById("battery");
if (form) {
  const widgets = [...form.querySelectorAll("psy-screening")];
  const answers = {};
  const startedAt = new Date().toISOString();
  const status = document.getElementById("status");
  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("psy-complete", async (event) => {
    const widget = event.target;
    answers[widget.getAttribute("scale")] = event.detail.answers;
    const next = widgets[widgets.indexOf(widget) + 1];
    if (next) {
      widget.hidden = true;
      next.hidden = false;
      next.scrollIntoView({ block: "start" });
      return;
    }
    status.textContent = form.dataset.submitting;
    const response = await fetch(`/api/battery?lang=${document.documentElement.lang}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ studentId: form.dataset.student, answers, startedAt }),
    });
    if (response.ok) {
      form.hidden = true;
      status.textContent = "";
      const thanks = document.getElementById("thanks");
      thanks.hidden = false;
      thanks.focus();
    } else {
      const body = await response.json().catch(() => ({ messages: [response.statusText] }));
      status.textContent = `${form.dataset.failed} ${(body.messages ?? []).join(" ")}`;
    }
  });
}
