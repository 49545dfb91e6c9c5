// SPDX-License-Identifier: GPL-3.0-or-later
// s1bridge-sim: a simulated SentinelOne console and OpenCTI on 127.0.0.1.
// The first five lines on stdout are S1_URL=..., S1_API_KEY=..., OPENCTI_URL=..., OPENCTI_TOKEN=...
// and CONNECTOR_ID=<a new UUID> (a shell can source them for s1bridge-cli opencti import); logs go
// to stderr. Runs until SIGTERM or SIGINT,
// then exits 0. Bad options exit 2.
#include "FaultSpec.h"
#include "SignalWatcher.h"
#include "SimServer.h"
#include "SimTenant.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void usageError(const QString &message)
{
    std::fprintf(stderr, "s1bridge-sim: %s\nTry 's1bridge-sim --help'.\n", qUtf8Printable(message));
    std::exit(2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"s1bridge-sim"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Simulated SentinelOne management console (API v2.1) and OpenCTI (GraphQL) on 127.0.0.1.\n"
        "With S1SIM_CAPTURE_DIR=<dir> set, the API exchanges it answers are appended to "
        "<dir>/sim-<pid>-<n>.jsonl, one JSON object per line (a conformance capture)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        u"port"_s, u"TCP port; 0 picks a free one (default 0)."_s, u"P"_s, u"0"_s);
    const QCommandLineOption tokenOption(u"token"_s, u"API token (random when absent)."_s, u"T"_s);
    const QCommandLineOption threatsOption(
        u"threats"_s, u"Number of seeded threats (default 250)."_s, u"N"_s, u"250"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, u"Random seed of the tenant (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption faultsOption(u"faults"_s,
        u"Fault injection on the API (/web/api/...) and /graphql, e.g. "
        "429=0.33,retry-after=1,5xx=0.1,drop=0.05,html=0.05,delay-ms=20,truncate=0.05,lost=0.05. "
        "Probabilities 0..1 per request: 429, 5xx and html replace the answer; drop aborts the connection; "
        "truncate sends the full Content-Length but half the body, then closes; lost processes the request "
        "and closes the connection without answering (a proxy timeout after a POST). A console that never "
        "finishes: endless-pages=repeat|new (every list announces a next page), trickle-ms=N (each body one "
        "byte every N ms), endless-body=1 (each answer a chunked body without end)."_s,
        u"SPEC"_s);
    const QCommandLineOption scopedTokenOption(
        u"scoped-token"_s, u"A second token restricted to the first site (403 for anything else)."_s, u"T"_s);
    const QCommandLineOption multiScopeTokenOption(u"multi-scope-token"_s,
        u"A token of a user spanning several accounts: it authenticates, but POST "
        "/threat-intelligence/iocs answers it 403 (code 4030010, multi-scope users not supported)."_s,
        u"T"_s);
    const QCommandLineOption tiRateLimitOption(u"ti-rate-limit"_s,
        u"Requests per minute on /web/api/v2.1/threat-intelligence/*; beyond it 429 with Retry-After "
        "(default 0: off)."_s,
        u"N"_s, u"0"_s);
    const QCommandLineOption noFirewallOption(
        u"no-firewall-license"_s, u"Answer 404 on every firewall-control endpoint."_s);
    const QCommandLineOption fwMaxEntriesOption(u"fw-max-entries"_s,
        u"At most N remote host values (addresses, CIDR blocks and ranges together) in one firewall rule; "
        "a POST or PUT with more is answered 400 (default 5000)."_s,
        u"N"_s, u"5000"_s);
    const QCommandLineOption noFlagsOption(u"no-seeded-flags"_s,
        u"Seed no \"[OpenCTI_add]\" notes (about 2% of threats have one by default)."_s);
    const QCommandLineOption openCtiTokenOption(
        u"opencti-token"_s, u"Bearer token of the simulated OpenCTI (a random UUID when absent)."_s, u"T"_s);
    const QCommandLineOption openCtiIngestOption(u"opencti-ingest-ms"_s,
        u"Time the simulated OpenCTI workers take per pushed bundle (default 20)."_s, u"MS"_s, u"20"_s);
    const QCommandLineOption tlsCertOption(
        u"tls-cert"_s, u"Serve HTTPS with this PEM certificate (needs --tls-key)."_s, u"FILE"_s);
    const QCommandLineOption tlsKeyOption(
        u"tls-key"_s, u"The unencrypted PEM private key of --tls-cert."_s, u"FILE"_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"Log every request to stderr."_s);
    parser.addOptions({portOption, tokenOption, threatsOption, seedOption, faultsOption, scopedTokenOption,
        multiScopeTokenOption, tiRateLimitOption, noFirewallOption, fwMaxEntriesOption, noFlagsOption,
        openCtiTokenOption, openCtiIngestOption, tlsCertOption, tlsKeyOption, verboseOption});

    if (!parser.parse(QCoreApplication::arguments()))
        usageError(parser.errorText());
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        usageError(u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));

    s1sim::SimOptions options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        usageError(u"--port: \"%1\" is not a port number (0..65535)"_s.arg(parser.value(portOption)));
    options.port = quint16(port);
    const int threats = parser.value(threatsOption).toInt(&ok);
    if (!ok || threats < 0 || threats > 2000000)
        usageError(
            u"--threats: \"%1\" is not a number between 0 and 2000000"_s.arg(parser.value(threatsOption)));
    options.threats = threats;
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        usageError(u"--seed: \"%1\" is not an unsigned integer"_s.arg(parser.value(seedOption)));
    if (parser.isSet(tokenOption)) {
        options.token = parser.value(tokenOption);
        if (options.token.trimmed().isEmpty() || options.token.contains(u' '))
            usageError(u"--token: must be non-empty and contain no spaces"_s);
    }
    if (parser.isSet(scopedTokenOption)) {
        options.scopedToken = parser.value(scopedTokenOption);
        if (options.scopedToken.trimmed().isEmpty() || options.scopedToken.contains(u' '))
            usageError(u"--scoped-token: must be non-empty and contain no spaces"_s);
    }
    if (parser.isSet(multiScopeTokenOption)) {
        options.multiScopeToken = parser.value(multiScopeTokenOption);
        if (options.multiScopeToken.trimmed().isEmpty() || options.multiScopeToken.contains(u' '))
            usageError(u"--multi-scope-token: must be non-empty and contain no spaces"_s);
    }
    {
        // "30" or "30/min" (as the issue writes it); "off" is 0
        QString text = parser.value(tiRateLimitOption).trimmed();
        if (text.endsWith(u"/min"_s))
            text.chop(4);
        const int perMinute = text == u"off"_s ? 0 : text.toInt(&ok);
        if ((text != u"off"_s && !ok) || perMinute < 0 || perMinute > 1000000)
            usageError(
                u"--ti-rate-limit: \"%1\" is not a number of requests a minute (0..1000000, 0: off)"_s.arg(
                    parser.value(tiRateLimitOption)));
        options.tiRateLimit = perMinute;
    }
    if (parser.isSet(faultsOption)) {
        QString error;
        if (!s1sim::FaultSpec::parse(parser.value(faultsOption), &error))
            usageError(u"--faults: %1"_s.arg(error));
        options.faults = parser.value(faultsOption);
    }
    if (parser.isSet(openCtiTokenOption)) {
        options.openCtiToken = parser.value(openCtiTokenOption);
        if (options.openCtiToken.trimmed().isEmpty() || options.openCtiToken.contains(u' '))
            usageError(u"--opencti-token: must be non-empty and contain no spaces"_s);
    }
    const int ingestMs = parser.value(openCtiIngestOption).toInt(&ok);
    if (!ok || ingestMs < 0 || ingestMs > 600000)
        usageError(u"--opencti-ingest-ms: \"%1\" is not a number between 0 and 600000"_s.arg(
            parser.value(openCtiIngestOption)));
    options.openCtiIngestDelayMs = ingestMs;
    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption))
        usageError(
            parser.isSet(tlsCertOption) ? u"--tls-cert needs --tls-key"_s : u"--tls-key needs --tls-cert"_s);
    if (parser.isSet(tlsCertOption)) {
        QString error;
        if (!options.loadTls(parser.value(tlsCertOption), parser.value(tlsKeyOption), &error))
            usageError(u"--tls-cert/--tls-key: %1"_s.arg(error));
    }
    options.firewallLicensed = !parser.isSet(noFirewallOption);
    const int fwMaxEntries = parser.value(fwMaxEntriesOption).toInt(&ok);
    if (!ok || fwMaxEntries < 1 || fwMaxEntries > 10000000)
        usageError(u"--fw-max-entries: \"%1\" is not a number of values between 1 and 10000000"_s.arg(
            parser.value(fwMaxEntriesOption)));
    options.fwMaxEntries = fwMaxEntries;
    options.seededFlags = !parser.isSet(noFlagsOption);
    if (parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(u"s1bridge.sim.debug=true"_s);

    // SIGTERM and SIGINT end the event loop (and the process, with 0).
    SignalWatcher signalWatcher;
    if (!signalWatcher.isActive()) {
        std::fprintf(stderr, "s1bridge-sim: %s\n", qUtf8Printable(signalWatcher.errorString()));
        return 1;
    }
    QObject::connect(&signalWatcher, &SignalWatcher::signalReceived, &app, [] {
        qCInfo(s1sim::lcSim, "signal received, shutting down");
        QCoreApplication::quit();
    });
    std::signal(SIGPIPE, SIG_IGN);

    s1sim::SimServer server(options);
    const quint16 bound = server.listen(QHostAddress::LocalHost, options.port);
    if (!bound) {
        std::fprintf(stderr, "s1bridge-sim: cannot listen on 127.0.0.1:%u\n", unsigned(options.port));
        return 1;
    }
    // A new connector id per run: the simulated OpenCTI starts empty, so does the import state kept under it.
    std::printf("S1_URL=%s\nS1_API_KEY=%s\nOPENCTI_URL=%s\nOPENCTI_TOKEN=%s\nCONNECTOR_ID=%s\n",
        qUtf8Printable(server.baseUrl().toString()), qUtf8Printable(server.token()),
        qUtf8Printable(server.openCtiUrl().toString()), qUtf8Printable(server.openCtiToken()),
        qUtf8Printable(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    std::fflush(stdout);

    app.exec();
    return 0;
}
