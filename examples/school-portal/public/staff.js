// Staff pages: the role switch applies at once, and report frames grow to their content.
const role = document.getElementById("role-switch");
if (role)
  role.addEventListener("change", () => {
    const unit = role.form.querySelector('[name="unit"]');
    if (unit) unit.disabled = true; // a class or grade belongs to the role chosen before
    role.form.submit();
  });
for (const frame of document.querySelectorAll("iframe.report")) {
  const fit = () => {
    const doc = frame.contentDocument;
    if (doc) frame.style.height = `${doc.documentElement.scrollHeight + 8}px`;
  };
  frame.addEventListener("load", fit);
  fit();
}
