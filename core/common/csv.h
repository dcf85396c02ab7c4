#pragma once

#include <QStringList>

namespace Relais::Core {

/// One CSV record as spreadsheets read it: fields holding the separator, a quote or a line
/// break are quoted, quotes doubled (RFC 4180). The reader is parseCsv() in clientimport.h.
[[nodiscard]] inline QString csvLine(const QStringList &fields, QChar separator = u',')
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &field : fields) {
        const bool quote = field.contains(separator) || field.contains(u'"') || field.contains(u'\n')
                        || field.contains(u'\r');
        out << (quote ? u'"' + QString(field).replace(u"\""_qs, u"\"\""_qs) + u'"' : field);
    }
    return out.join(separator);
}

} // namespace Relais::Core
