#!/usr/bin/python3
"""Drives the real `rolloutdesk --demo` through the accessibility tree, as a user would:
set image red -> Paused 1/8; Abort, confirm -> Degraded with the abort message; set the image
back to the stable version -> Healthy 8/8. Saves a screenshot of each state.

Labels are found by their accessible description, the English words a screen reader reads with
the value ("Rollout status", "Current step"): a QLabel's AT-SPI name is its text, and Qt 6.4's
AT-SPI bridge does not expose the object name the C++ tests use. The run is in English. Buttons
are found by name. Clicks that open dialogs go through xdotool (the AT-SPI action would also work with
non-blocking dialogs, but a real pointer click is what a user does)."""

import os
import subprocess
import sys
import time

import pyatspi

APP = "rolloutdesk"
ARTIFACTS = sys.argv[1]
TIMEOUT = float(os.environ.get("E2E_TIMEOUT", "90"))


def log(*args):
    print("[e2e %6.1fs]" % (time.time() - START), *args, flush=True)


START = time.time()


def app_node():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        child = desktop.getChildAtIndex(i)
        if child is not None and child.name == APP:
            return child
    return None


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def find(pred, root=None):
    root = root or app_node()
    if root is None:
        return None
    for n in walk(root):
        try:
            if pred(n):
                return n
        except Exception:
            continue
    return None


def wait_for(what, pred, timeout=TIMEOUT):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            value = pred()
        except Exception:
            value = None
        if value:
            return value
        time.sleep(0.25)
    dump()
    raise SystemExit("timed out waiting for %s" % what)


def label(desc):
    n = find(lambda n: n.description == desc and n.getRoleName() == "label")
    return n.name if n is not None else None


def showing(n):
    return n.getState().contains(pyatspi.STATE_SHOWING)


def button(name_prefix, root=None):
    return find(lambda n: n.getRoleName() == "push button" and n.name.startswith(name_prefix)
                and showing(n), root)


def click(node):
    """A real pointer click at the control's centre."""
    ext = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    x, y = ext.x + ext.width // 2, ext.y + ext.height // 2
    subprocess.run(["xdotool", "mousemove", "--sync", str(x), str(y), "click", "1"], check=True)


def press(node):
    node.queryAction().doAction(0)


def dialog(title_part):
    def pred():
        root = app_node()
        if root is None:
            return None
        for i in range(root.childCount):
            w = root.getChildAtIndex(i)
            if w is not None and w.getRoleName() in ("dialog", "alert", "frame") \
                    and title_part in w.name and showing(w):
                return w
        return None
    return wait_for("dialog '%s'" % title_part, pred)


def screenshot(name):
    path = os.path.join(ARTIFACTS, name)
    time.sleep(0.5)  # let the last repaint land
    subprocess.run(["import", "-window", "root", path], check=True)
    log("screenshot", path)


def dump():
    root = app_node()
    log("--- accessibility tree (labels and buttons) ---")
    for n in walk(root):
        try:
            role = n.getRoleName()
            if role in ("label", "push button", "dialog", "alert", "text", "frame"):
                print("   ", role, repr(n.name), repr(n.description), flush=True)
        except Exception:
            pass


def state():
    return (label("Rollout status"), label("Current step"), label("Status message"))


def main():
    wait_for("the application on the accessibility bus", app_node, timeout=TIMEOUT)
    log("application found")
    wait_for("Healthy rollouts-demo", lambda: label("Rollout status") == "Healthy")
    wait_for("connected", lambda: (label("Connection state") or "").startswith("Connected"))
    screenshot("0-healthy-start.png")

    # 1. Set image red.
    click(wait_for("Set Image button", lambda: button("Set Image")))
    dlg = dialog("Set image of rollouts-demo")
    image = wait_for("New image field", lambda: find(
        lambda n: n.getRoleName() == "text" and n.name == "New image", dlg))
    image.queryEditableText().setTextContents("argoproj/rollouts-demo:red")
    consequence = wait_for("forecast", lambda: (lambda t: t if t and "new canary revision" in t
                                                else None)(label("What this action will do")))
    log("forecast:", consequence)
    confirm = wait_for("Set image button", lambda: (lambda b: b if b is not None and b.getState()
                       .contains(pyatspi.STATE_ENABLED) else None)(button("Set image", dlg)))
    click(confirm)
    wait_for("Paused at 1/8", lambda: state()[:2] == ("Paused", "1/8"))
    assert label("Set weight") == "20", label("Set weight")
    wait_for("actual weight 20", lambda: label("Actual weight") == "20")
    images = label("Images")
    assert "argoproj/rollouts-demo:red (canary)" in images, images
    assert "argoproj/rollouts-demo:yellow (stable)" in images, images
    log("state 1:", state())
    screenshot("1-paused.png")

    # 2. Abort, confirmed in the dialog.
    click(wait_for("Abort button", lambda: button("Abort")))
    dlg = dialog("Abort rollout rollouts-demo")
    text = label("What this action will do")
    assert "stable version" in text and "0 replicas" in text, text
    screenshot("2a-abort-dialog.png")
    click(button("Abort rollout", dlg))
    wait_for("Degraded", lambda: state()[0] == "Degraded")
    wait_for("abort message", lambda: state()[2] ==
             "RolloutAborted: Rollout aborted update to revision 3")
    wait_for("step 0/8", lambda: label("Current step") == "0/8")
    explanation = wait_for("Degraded explanation", lambda: label("Why the rollout is Degraded"))
    assert "spec.template" in explanation, explanation
    log("state 2:", state())
    screenshot("2-degraded.png")

    # 3. Set the image back to yellow (the stable version) from the explanation panel.
    click(wait_for("Set image back button",
                   lambda: button("Set image back to the stable version")))
    dlg = dialog("Set image of rollouts-demo")
    image = find(lambda n: n.getRoleName() == "text" and n.name == "New image", dlg)
    value = image.queryText().getText(0, -1)
    assert value == "argoproj/rollouts-demo:yellow", value
    forecast = label("What this action will do")
    assert "stable image" in forecast, forecast
    click(button("Set image", dlg))
    wait_for("Healthy 8/8", lambda: state()[:2] == ("Healthy", "8/8"))
    log("state 3:", state())
    screenshot("3-healthy.png")
    # The revision tree: revision 4 is the stable one now.
    tab = wait_for("Revisions tab", lambda: find(
        lambda n: n.getRoleName() == "page tab" and n.name.replace("&", "") == "Revisions"))
    click(tab)
    wait_for("revision:4 in the tree", lambda: find(
        lambda n: n.getRoleName() in ("table cell", "tree item") and n.name == "revision:4"))
    screenshot("3b-revisions.png")
    log("PASS")


if __name__ == "__main__":
    main()
