#pragma once

#include "domain/types.h"

namespace Relais::Core {

class Workspace;

struct DemoOptions {
    quint32 seed = 2026;
    int clients = 24;
    /// The instant the demo world is "now": stalled handoffs are stalled relative to it.
    QDateTime now;
};

struct DemoUser {
    QString login;
    QString displayName;
    QString agencyCode;
    QString agencyName;
    Role role = Role::Agent;
};

struct DemoSummary {
    QList<DemoUser> users;
    int agencies = 0;
    int clients = 0;
    int cases = 0;
    int events = 0;
    int handoffs = 0;
    QString showcaseReference; ///< a multi-agency case worth opening first
    QString showcaseLogin;     ///< who may open it
};

/// Fills an empty database with a believable Moroccan network: agencies of every kind,
/// customers with French and Arabic names, cases in every stage, healthy and stalled.
/// The same seed and `now` give the same world.
/// The password of every demo user. A demo file is for trying Relais, never for real data.
[[nodiscard]] inline QString demoPassword() { return QStringLiteral("relais-demo"); }

[[nodiscard]] Result<DemoSummary> buildDemoWorld(Workspace &workspace, const DemoOptions &options);

} // namespace Relais::Core
