#pragma once

// Helpers shared by the UI suites: a session for a TestWorld user and the core steps that set
// a scene (handoffs, notes) before the UI is looked at.

#include "resultchecks.h"
#include "testworld.h"

#include "models/session.h"

#include <QTest>

namespace Relais::Test {

/// The session a user of the world signs in with.
[[nodiscard]] inline Gui::Session sessionFor(TestWorld &world, const QString &login)
{
    return Gui::Session{&world.ws(), world.actor(login)};
}

/// A handoff `login` asks of `toAgency`; fails the test (empty handoff) when core refuses it.
[[nodiscard]] inline Core::Handoff requestHandoff(TestWorld &world, Core::Id caseId, const QString &toAgency,
                                                  const QString &login = QStringLiteral("ins.agent"),
                                                  const QDateTime &dueAt = {})
{
    auto handoff = world.ws().handoffs().request(world.actor(login), caseId, toAgency,
                                                 QStringLiteral("Please take over: %1").arg(toAgency), dueAt);
    if (!handoff) {
        qWarning("requestHandoff: %s", qPrintable(handoff.error().message));
        return {};
    }
    return *handoff;
}

/// A note (or another person-made entry) `login` adds to the case; empty event when refused.
[[nodiscard]] inline Core::TimelineEvent addNote(TestWorld &world, Core::Id caseId, const QString &login,
                                                 const QString &text,
                                                 Core::Visibility visibility = Core::Visibility::Shared,
                                                 Core::EventKind kind = Core::EventKind::Note,
                                                 const QDateTime &occurredAt = {})
{
    Core::NewEvent event;
    event.kind = kind;
    event.text = text;
    event.visibility = visibility;
    event.occurredAt = occurredAt;
    auto added = world.ws().cases().addEvent(world.actor(login), caseId, event);
    if (!added) {
        qWarning("addNote: %s", qPrintable(added.error().message));
        return {};
    }
    return *added;
}

/// The case as core has it now, read as `login` without logging a view.
[[nodiscard]] inline Core::Case caseNow(TestWorld &world, const Core::Case &record,
                                        const QString &login = QStringLiteral("ins.agent"))
{
    auto fresh = world.ws().cases().resolveReference(world.actor(login), record.reference);
    return fresh ? *fresh : Core::Case{};
}

} // namespace Relais::Test
