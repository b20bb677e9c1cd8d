#pragma once

class QWidget;

namespace WindowIcon {

// The application's icon, for every window, from the bundled 256-pixel PNG,
// once `window` has painted its first frame. Read and decoded on a worker:
// the first image a process decodes loads Qt's image format plugins, and
// on the GUI thread that was 10–18 ms in the stall after the first frame.
void setAfterFirstFrame(QWidget *window);

} // namespace WindowIcon
