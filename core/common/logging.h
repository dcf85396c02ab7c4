#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcCaseFile)
Q_DECLARE_LOGGING_CATEGORY(lcIntegrity)
