#include "common/logging.h"

Q_LOGGING_CATEGORY(lcDb, "relais.core.db")
Q_LOGGING_CATEGORY(lcCaseFile, "relais.core.casefile")
Q_LOGGING_CATEGORY(lcIntegrity, "relais.core.integrity")
