#pragma once

#include <QDialog>

// Help ▸ About: version, what the program is for, and the libraries it stands on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};
