#include "messagebox.h"

namespace ds::ui {

namespace {
std::optional<MessageBox::Button> g_nextAnswer;
bool g_noninteractive = false;
QString g_lastText;
int g_count = 0;
} // namespace

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                   const QString& text, Buttons buttons, Button defaultButton)
{
    g_lastText = text;
    ++g_count;
    if (g_nextAnswer) {
        const Button answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    if (g_noninteractive)
        return defaultButton == QMessageBox::NoButton ? QMessageBox::Ok : defaultButton;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setDefaultButton(defaultButton);
    return Button(box.exec());
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    ask(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    ask(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

void MessageBox::setNoninteractive(bool on)
{
    g_noninteractive = on;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

int MessageBox::count()
{
    return g_count;
}

void MessageBox::failure(QWidget* parent, const QString& title, const Status& status)
{
    if (!status.ok())
        warning(parent, title, status.errorMessage());
}

} // namespace ds::ui
