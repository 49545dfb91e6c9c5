// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimEndless.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace s1sim {

QString SimEndless::cursorPrefix()
{
    return u"endless-"_s;
}

QByteArray SimEndless::withNextCursor(const QByteArray &body, const QString &nextCursor)
{
    QJsonObject envelope = QJsonDocument::fromJson(body).object();
    if (!envelope.value(u"pagination"_s).isObject())
        return body;
    QJsonObject pagination = envelope.value(u"pagination"_s).toObject();
    pagination.insert(u"nextCursor"_s, nextCursor);
    envelope.insert(u"pagination"_s, pagination);
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

void SimEndless::trickle(QTcpSocket *socket, const QByteArray &head, const QByteArray &body, int intervalMs)
{
    socket->write(head);
    auto *timer = new QTimer(socket); // goes with the connection
    auto sent = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body] {
        if (*sent >= body.size() || socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        socket->write(body.mid((*sent)++, 1));
    });
    timer->start(intervalMs);
}

void SimEndless::endlessBody(QTcpSocket *socket)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                  "9\r\n{\"data\":[\r\n");
    static const QByteArray chunk = []() -> QByteArray {
        const QByteArray item = "\"endless\",";
        const QByteArray body = item.repeated(64 * 1024 / item.size());
        return QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n";
    }();
    const auto feed = [socket] {
        for (int i = 0; i < 16 && socket->state() == QAbstractSocket::ConnectedState
             && socket->bytesToWrite() < 1024 * 1024;
             ++i)
            socket->write(chunk);
    };
    QObject::connect(socket, &QIODevice::bytesWritten, socket, feed);
    feed();
}

} // namespace s1sim
