#pragma once

namespace ds::ui {

class ActionRegistry;
class MainWindow;

// The window's own commands: open, save, save as, quit, settings, about.
namespace WindowCommands {
void registerAll(ActionRegistry* registry, MainWindow* window);
} // namespace WindowCommands

} // namespace ds::ui
