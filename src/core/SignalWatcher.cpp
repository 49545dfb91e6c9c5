// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalWatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM};

// The write end of the pipe of the active watcher (-1: none). Lock-free, so the handler may read it.
std::atomic<int> g_writeFd {-1};
static_assert(std::atomic<int>::is_always_lock_free);
struct sigaction g_previous[std::size(kSignals)];

void onSignal(int signalNumber)
{
    const int savedErrno = errno;
    const int fd = g_writeFd.load(std::memory_order_relaxed);
    if (fd >= 0) {
        const unsigned char byte = static_cast<unsigned char>(signalNumber);
        [[maybe_unused]] const ssize_t written = ::write(fd, &byte, 1); // a full pipe drops the byte: fine
    }
    errno = savedErrno;
}

bool setFlags(int fd)
{
    const int status = ::fcntl(fd, F_GETFL);
    const int descriptor = ::fcntl(fd, F_GETFD);
    return status >= 0 && descriptor >= 0 && ::fcntl(fd, F_SETFL, status | O_NONBLOCK) == 0
        && ::fcntl(fd, F_SETFD, descriptor | FD_CLOEXEC) == 0;
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    int expected = -1;
    if (g_writeFd.load() != expected) {
        m_error = tr("another SignalWatcher is already active in this process");
        return;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, m_fds) != 0 || !setFlags(m_fds[0]) || !setFlags(m_fds[1])) {
        m_error = tr("cannot create the pipe for SIGINT and SIGTERM: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        for (int &fd : m_fds) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
        return;
    }
    if (!g_writeFd.compare_exchange_strong(expected, m_fds[0])) {
        m_error = tr("another SignalWatcher is already active in this process");
        ::close(m_fds[0]);
        ::close(m_fds[1]);
        m_fds[0] = m_fds[1] = -1;
        return;
    }
    m_notifier = new QSocketNotifier(m_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readSignals);

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (size_t i = 0; i < std::size(kSignals); ++i)
        ::sigaction(kSignals[i], &action, &g_previous[i]);
}

SignalWatcher::~SignalWatcher()
{
    if (m_fds[0] < 0)
        return;
    for (size_t i = 0; i < std::size(kSignals); ++i)
        ::sigaction(kSignals[i], &g_previous[i], nullptr);
    g_writeFd.store(-1);
    delete m_notifier;
    ::close(m_fds[0]);
    ::close(m_fds[1]);
}

void SignalWatcher::readSignals()
{
    unsigned char bytes[16];
    ssize_t got = 0;
    while ((got = ::read(m_fds[1], bytes, sizeof bytes)) > 0) {
        for (ssize_t i = 0; i < got; ++i)
            Q_EMIT signalReceived(int(bytes[i]));
    }
}

#else // no POSIX signals: nothing to watch

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
    , m_error(tr("SIGINT and SIGTERM are not watched on this platform"))
{ }

SignalWatcher::~SignalWatcher() = default;

void SignalWatcher::readSignals() { }

#endif

bool SignalWatcher::isActive() const
{
    return m_notifier != nullptr;
}

QString SignalWatcher::errorString() const
{
    return m_error;
}
