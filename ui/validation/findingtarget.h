#pragma once

#include "commands/selection.h"

#include <QString>

namespace ds::core {
struct Finding;
} // namespace ds::core

namespace ds::ui {

using namespace ds::core;

// The result-pane object a finding's location stands for, and the field its editor opens at.
struct FindingTarget
{
    ObjectKind kind = ObjectKind::None;
    QString server;
    QString id;
    QString field;

    static FindingTarget of(const Finding& finding);
};

} // namespace ds::ui
