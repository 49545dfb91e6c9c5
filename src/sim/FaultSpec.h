// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace s1sim {

// Which faults the simulator injects into API requests: /web/api/ and /graphql (never into /__sim/).
// Text form: "429=0.33,retry-after=1,5xx=0.1,drop=0.05,html=0.05,delay-ms=20,truncate=0.05,lost=0.05";
// every key is optional, probabilities are 0..1 and drawn independently per request.
// When several fire at once the first in this order wins: drop, 429, 5xx, html, lost, truncate.
// "html-nth=N" (with "html-times=K", default 1) answers a web page to the Nth..(N+K-1)th /graphql
// request counted from when the faults were set, whatever the draws: one proxy page among many
// requests, at a known place.
// Three keys make a console that never finishes (for the bounds of the client, only on /web/api/):
// "endless-pages=repeat|new" (every list answer says there is a next page: the cursor it was asked
// with again, or a new one each time; a page asked with such a cursor is the first page again),
// "trickle-ms=N" (the body of every answer one byte every N ms, the headers at once) and
// "endless-body=1" (every answer 200, chunked, a body that never ends).
class FaultSpec
{
public:
    enum class EndlessPages { Off, Repeat, New };

    double rate429 = 0.0; // answer 429 Too Many Requests
    double rate5xx = 0.0; // answer 503 (sometimes 500 or 502)
    double rateDrop = 0.0; // abort the TCP connection without an answer
    double rateHtml = 0.0; // answer 200 text/html (a proxy or login portal)
    double rateTruncate = 0.0; // send the full Content-Length but only half the body, then close
    double rateLost = 0.0; // process the request, then close the connection without any answer
    int retryAfterSeconds = -1; // Retry-After header on 429; < 0: no header
    int delayMs = 0; // delay every API answer (never blocks: timers)
    int htmlNth = 0; // > 0: answer 200 text/html to the htmlNth-th /graphql request (1-based)
    int htmlTimes = 1; // ... and to the htmlTimes - 1 requests after it
    EndlessPages endlessPages = EndlessPages::Off; // a next page always announced
    int trickleMs = 0; // > 0: every API answer's body one byte every trickleMs
    bool endlessBody = false; // every API answer a chunked body that never ends

    // Parses the text form; on failure returns nullopt and names the offending key or item.
    static std::optional<FaultSpec> parse(QStringView spec, QString *errorMessage = nullptr);
    // Canonical text form (only keys that differ from the defaults); parse(toString()) == *this.
    QString toString() const;
    // True when nothing is injected (no fault and no delay).
    bool isEmpty() const;

    friend bool operator==(const FaultSpec &, const FaultSpec &) = default;
};

} // namespace s1sim
