#pragma once

#include <QDialog>

namespace ds::ui {

// Help ▸ About: version, what the program is for, and the libraries it stands on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace ds::ui
