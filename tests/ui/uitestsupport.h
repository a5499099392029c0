#pragma once

#include "model/workspace.h"

#include <QString>

using namespace ds::core;

// Shared set-up of the GUI tests: the demo workspace with one object of every kind, saved in a
// temporary folder, and message boxes that never block.
namespace UiTestSupport {
// DemoWorkspace::create() plus a receive connector, a send connector, a certificate entry and a
// pending request on EDGE01 when the demo does not have them yet.
Workspace demoWorkspace();
// Makes every message box answer its default and keeps QStandardPaths in test mode.
void initGuiTest();
} // namespace UiTestSupport
