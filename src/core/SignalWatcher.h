// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

// SIGINT and SIGTERM as a Qt signal, for the executables without a window (s1bridge-cli, s1bridge-sim).
// The handler only writes the signal's number to a self-pipe (async-signal-safe); a QSocketNotifier
// reads it in the event loop of the thread that made the watcher, which then emits signalReceived()
// once per signal. One watcher at a time per process; the destructor restores the handlers that were
// there before. QtCore only.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    SignalWatcher(const SignalWatcher &) = delete;
    SignalWatcher &operator=(const SignalWatcher &) = delete;

    // False when the pipe or the handlers could not be set up (errorString() says why): SIGINT and
    // SIGTERM then keep their previous action (by default, the process ends).
    bool isActive() const;
    QString errorString() const;

Q_SIGNALS:
    void signalReceived(int signalNumber); // SIGINT or SIGTERM

private:
    void readSignals();

    int m_fds[2] = {-1, -1}; // [0] written by the handler, [1] read by the notifier
    QSocketNotifier *m_notifier = nullptr;
    QString m_error;
};
