// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultSpec.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace s1sim {

namespace {

constexpr int MaxDelayMs = 600000;

bool parseProbability(QStringView text, double *out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= 0.0 && v <= 1.0))
        return false;
    *out = v;
    return true;
}

bool parseInt(QStringView text, int max, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < 0 || v > max)
        return false;
    *out = v;
    return true;
}

QString formatProbability(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace

std::optional<FaultSpec> FaultSpec::parse(QStringView spec, QString *errorMessage)
{
    FaultSpec result;
    const auto fail = [errorMessage](const QString &message) -> std::optional<FaultSpec> {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };

    const auto items = spec.split(u',', Qt::SkipEmptyParts);
    for (QStringView rawItem : items) {
        const QStringView item = rawItem.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return fail(u"fault item \"%1\" is not of the form key=value"_s.arg(item));
        const QStringView key = item.left(eq).trimmed();
        const QStringView value = item.mid(eq + 1).trimmed();

        double *probability = nullptr;
        if (key == u"429")
            probability = &result.rate429;
        else if (key == u"5xx")
            probability = &result.rate5xx;
        else if (key == u"drop")
            probability = &result.rateDrop;
        else if (key == u"html")
            probability = &result.rateHtml;
        else if (key == u"truncate")
            probability = &result.rateTruncate;
        else if (key == u"lost")
            probability = &result.rateLost;

        if (probability) {
            if (!parseProbability(value, probability))
                return fail(u"fault \"%1\": \"%2\" is not a probability between 0 and 1"_s.arg(key, value));
        } else if (key == u"retry-after") {
            if (!parseInt(value, 86400, &result.retryAfterSeconds))
                return fail(
                    u"fault \"retry-after\": \"%1\" is not a number of seconds (0..86400)"_s.arg(value));
        } else if (key == u"delay-ms") {
            if (!parseInt(value, MaxDelayMs, &result.delayMs))
                return fail(
                    u"fault \"delay-ms\": \"%1\" is not a number of milliseconds (0..%2)"_s.arg(value).arg(
                        MaxDelayMs));
        } else if (key == u"html-nth") {
            if (!parseInt(value, 1000000, &result.htmlNth))
                return fail(u"fault \"html-nth\": \"%1\" is not a request number (0..1000000)"_s.arg(value));
        } else if (key == u"html-times") {
            if (!parseInt(value, 1000000, &result.htmlTimes) || result.htmlTimes < 1)
                return fail(u"fault \"html-times\": \"%1\" is not a count (1..1000000)"_s.arg(value));
        } else if (key == u"endless-pages") {
            if (value == u"repeat")
                result.endlessPages = EndlessPages::Repeat;
            else if (value == u"new")
                result.endlessPages = EndlessPages::New;
            else if (value == u"off")
                result.endlessPages = EndlessPages::Off;
            else
                return fail(u"fault \"endless-pages\": \"%1\" is not repeat, new or off"_s.arg(value));
        } else if (key == u"trickle-ms") {
            if (!parseInt(value, MaxDelayMs, &result.trickleMs))
                return fail(
                    u"fault \"trickle-ms\": \"%1\" is not a number of milliseconds (0..%2)"_s.arg(value).arg(
                        MaxDelayMs));
        } else if (key == u"endless-body") {
            if (value != u"0" && value != u"1")
                return fail(u"fault \"endless-body\": \"%1\" is not 0 or 1"_s.arg(value));
            result.endlessBody = value == u"1";
        } else {
            return fail(
                u"unknown fault key \"%1\" (known: 429, retry-after, 5xx, drop, html, truncate, "
                "lost, delay-ms, html-nth, html-times, endless-pages, trickle-ms, endless-body)"_s.arg(key));
        }
    }
    return result;
}

QString FaultSpec::toString() const
{
    QStringList parts;
    if (rate429 > 0.0)
        parts << u"429="_s + formatProbability(rate429);
    if (retryAfterSeconds >= 0)
        parts << u"retry-after="_s + QString::number(retryAfterSeconds);
    if (rate5xx > 0.0)
        parts << u"5xx="_s + formatProbability(rate5xx);
    if (rateDrop > 0.0)
        parts << u"drop="_s + formatProbability(rateDrop);
    if (rateHtml > 0.0)
        parts << u"html="_s + formatProbability(rateHtml);
    if (rateTruncate > 0.0)
        parts << u"truncate="_s + formatProbability(rateTruncate);
    if (rateLost > 0.0)
        parts << u"lost="_s + formatProbability(rateLost);
    if (delayMs > 0)
        parts << u"delay-ms="_s + QString::number(delayMs);
    if (htmlNth > 0)
        parts << u"html-nth="_s + QString::number(htmlNth);
    if (htmlTimes != 1)
        parts << u"html-times="_s + QString::number(htmlTimes);
    if (endlessPages != EndlessPages::Off)
        parts << (endlessPages == EndlessPages::Repeat ? u"endless-pages=repeat"_s : u"endless-pages=new"_s);
    if (trickleMs > 0)
        parts << u"trickle-ms="_s + QString::number(trickleMs);
    if (endlessBody)
        parts << u"endless-body=1"_s;
    return parts.join(u',');
}

bool FaultSpec::isEmpty() const
{
    return rate429 <= 0.0 && rate5xx <= 0.0 && rateDrop <= 0.0 && rateHtml <= 0.0 && rateTruncate <= 0.0
        && rateLost <= 0.0 && delayMs <= 0 && htmlNth <= 0 && endlessPages == EndlessPages::Off
        && trickleMs <= 0 && !endlessBody;
}

} // namespace s1sim
