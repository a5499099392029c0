#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <optional>

namespace ds::ui {

using namespace ds::core;

// The one place the UI asks the user something. Tests preset the next answer (or make every
// box answer with its default) instead of clicking a modal box.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    // Shows why status failed (a refused edit names its rule); nothing when it succeeded.
    static void failure(QWidget* parent, const QString& title, const Status& status);

    // Test hooks: the next box returns answer without showing; with noninteractive, every box
    // returns its default button.
    static void setNextAnswer(Button answer);
    static void setNoninteractive(bool on);
    // The text of the last box (shown or answered by a preset), for tests.
    static QString lastText();
    static int count();

private:
    static Button ask(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                      Buttons buttons, Button defaultButton);
};

} // namespace ds::ui
