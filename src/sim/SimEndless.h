// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QTcpSocket;

namespace s1sim {

// A console that never finishes (FaultSpec's endless-pages, trickle-ms and endless-body): the
// answers SimServer sends instead of its real ones, so a client's bounds can be tested.
class SimEndless
{
public:
    // The cursors endless-pages hands out start so (the simulator's own cursors never do).
    static QString cursorPrefix();
    // A list answer's body with pagination.nextCursor set to `nextCursor`; other bodies unchanged.
    static QByteArray withNextCursor(const QByteArray &body, const QString &nextCursor);
    // `head` (status line and headers, Content-Length that of body) at once, then body one byte every
    // intervalMs while the connection lasts: an idle timeout never fires.
    static void trickle(QTcpSocket *socket, const QByteArray &head, const QByteArray &body, int intervalMs);
    // 200, chunked, and chunks for as long as the client reads them (never more than ~1 MiB waiting
    // in the socket: the simulator's memory stays flat).
    static void endlessBody(QTcpSocket *socket);
};

} // namespace s1sim
