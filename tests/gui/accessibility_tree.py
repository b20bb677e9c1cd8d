"""Reads the real application's accessibility tree over AT-SPI (as Orca
would) and checks what a screen-reader user meets on the way to an image:
every input named, the picker's grid announcing each image by its plain name,
and no invisible bidi marks in any name or description.

Usage: accessibility_tree.py <expected image name>...   (the app is running)
Exit status 0 when every check holds; each failure is printed."""
import sys
import time

import pyatspi

BIDI_MARKS = set("\u200e\u200f\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e")
INPUT_ROLES = {"text", "push button", "list", "check box", "combo box", "spin button", "progress bar"}


def wait_for(what, find, seconds=30.0):
    """Polls the tree until find() answers (bounded), as QTRY_VERIFY does."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = find()
        if found:
            return found
        time.sleep(0.1)
    sys.exit(f"FAIL: {what} never appeared in the accessibility tree")


def application():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == "portfolio-links":
            return app
    return None


def nodes(node):
    yield node
    for child in node:
        if child is not None:
            yield from nodes(child)


def dialog(app):
    for child in app:
        if child is not None and child.getRoleName() == "dialog" and child.name == "Choose an image":
            return child
    return None


def visible(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def main():
    expected_images = sys.argv[1:]
    app = wait_for("the application", application)
    picker = wait_for("the image picker", lambda: dialog(app))
    grid = wait_for("the images in the grid", lambda: next(
        (n for n in nodes(picker) if n.getRoleName() == "list" and n.childCount >= len(expected_images)), None))

    failures = []
    for node in nodes(app):
        role, name, description = node.getRoleName(), node.name or "", node.description or ""
        if role in INPUT_ROLES and visible(node) and not name.strip():
            failures.append(f"a {role} without a name (description {description!r})")
        if BIDI_MARKS & set(name + description):
            failures.append(f"invisible bidi marks in the {role} {name!r} / {description!r}")

    shown = [item.name for item in grid if item is not None]
    for image in expected_images:
        if image not in shown:
            failures.append(f"the grid does not announce {image!r} (it has {shown!r})")
    names = {(n.getRoleName(), n.name) for n in nodes(picker)}
    for needed in [("text", "Search"), ("list", "Images of the portfolio"), ("text", "Image number"),
                   ("push button", "Use this image"), ("push button", "Cancel"), ("page tab", "Upload a file")]:
        if needed not in names:
            failures.append(f"the picker has no {needed[0]} named {needed[1]!r}")

    for failure in failures:
        print("FAIL:", failure)
    print(f"checked {sum(1 for _ in nodes(app))} accessible objects, {len(shown)} grid items: "
          f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
